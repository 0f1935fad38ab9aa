import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Deal from '#models/deal'
import InboundMail from '#models/inbound_mail'
import type User from '#models/user'
import LandReplyOnDeal from '#actions/deals/mail/land_reply_on_deal'
import { fieldError } from '#exceptions/field_error'

/**
 * Staff file an unmatched mail on the deal it belongs to: it lands there as if its reply
 * address had matched (timeline, the partner's answer, the stale clock), with who filed it.
 */
export default class FileInboundMail {
  async handle({ mailId, dealId, actor }: { mailId: number; dealId: number; actor: User }) {
    return db.transaction(async (trx) => {
      const mail = await InboundMail.query({ client: trx })
        .where('id', mailId)
        .forUpdate()
        .firstOrFail()
      if (!mail.isUnmatched) {
        throw fieldError('dealId', 'This e-mail is no longer waiting to be filed.', 'filed')
      }
      const deal = await Deal.query({ client: trx }).where('id', dealId).forUpdate().first()
      if (!deal) throw fieldError('dealId', 'There is no deal with this number.', 'exists')

      mail.useTransaction(trx)
      mail.merge({ status: 'filed', dealId: deal.id, filedById: actor.id, filedAt: DateTime.now() })
      await mail.save()
      await new LandReplyOnDeal().handle({ mail, deal, trx })
      return { mail, deal }
    })
  }
}
