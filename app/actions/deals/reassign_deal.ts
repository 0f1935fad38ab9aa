import db from '@adonisjs/lucid/services/db'
import type Deal from '#models/deal'
import User from '#models/user'
import audit from '#services/audit'
import DealActivity from '#models/deal_activity'
import NotifyStaff from '#actions/notifications/notify_staff'
import { randomUUID } from 'node:crypto'

/** Hands a deal to another personal assistant (a 404 for an unknown one); the timeline says who did it, the new owner is notified. */
export default class ReassignDeal {
  async handle({ deal, ownerId, actor }: { deal: Deal; ownerId: number; actor: User }) {
    const owner = await User.findOrFail(ownerId)
    await db.transaction(async (trx) => {
      deal.useTransaction(trx)
      const previous = deal.ownerId
      deal.ownerId = owner.id
      await deal.save()
      await DealActivity.record(trx, {
        dealId: deal.id,
        kind: 'assignment',
        actorId: actor.id,
        meta: { from: previous, to: owner.id },
      })
      await audit.record(trx, {
        actor,
        action: 'deal.reassigned',
        subject: audit.subject('deal', deal),
        before: { ownerId: previous },
        after: { ownerId: owner.id },
      })
      if (previous !== owner.id) {
        await new NotifyStaff().handle({
          userIds: [owner.id],
          kind: 'deal_assigned',
          dealId: deal.id,
          actorId: actor.id,
          data: { dealTitle: deal.title },
          key: `deal-assigned:${deal.id}:${randomUUID()}`,
          trx,
        })
      }
    })
    return { deal, owner }
  }
}
