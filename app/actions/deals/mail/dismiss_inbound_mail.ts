import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import InboundMail from '#models/inbound_mail'
import type User from '#models/user'

/** Staff set aside an unmatched mail that belongs nowhere (spam, an auto-reply). */
export default class DismissInboundMail {
  async handle({ mailId, actor }: { mailId: number; actor: User }) {
    return db.transaction(async (trx) => {
      const mail = await InboundMail.query({ client: trx })
        .where('id', mailId)
        .forUpdate()
        .firstOrFail()
      if (!mail.isUnmatched) return mail
      mail.useTransaction(trx)
      mail.merge({ status: 'dismissed', filedById: actor.id, filedAt: DateTime.now() })
      await mail.save()
      return mail
    })
  }
}
