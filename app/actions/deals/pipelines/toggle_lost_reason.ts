import db from '@adonisjs/lucid/services/db'
import LostReason from '#models/lost_reason'
import type User from '#models/user'
import audit from '#services/audit'

/** Retires a lost reason (or brings it back); deals keep the reasons they were lost for. */
export default class ToggleLostReason {
  async handle({ reasonId, actor }: { reasonId: number; actor: User }) {
    const reason = await LostReason.findOrFail(reasonId)
    await db.transaction(async (trx) => {
      reason.useTransaction(trx)
      reason.active = !reason.active
      await reason.save()
      await audit.record(trx, {
        actor,
        action: 'lost_reason.toggled',
        subject: audit.subject('lost_reason', reason),
        before: { active: !reason.active },
        after: { active: reason.active },
      })
    })
    return reason
  }
}
