import db from '@adonisjs/lucid/services/db'
import LostReason from '#models/lost_reason'
import type User from '#models/user'
import audit from '#services/audit'

/** An admin adds a reason to the managed list staff pick from when a deal is lost. */
export default class AddLostReason {
  async handle({ name, actor }: { name: string; actor: User }) {
    return db.transaction(async (trx) => {
      const last = await LostReason.query({ client: trx }).orderBy('position', 'desc').first()
      const reason = await LostReason.create(
        { name, position: (last?.position ?? -1) + 1 },
        { client: trx }
      )
      await audit.record(trx, {
        actor,
        action: 'lost_reason.added',
        subject: audit.subject('lost_reason', reason),
        after: audit.snapshot(reason),
      })
      return reason
    })
  }
}
