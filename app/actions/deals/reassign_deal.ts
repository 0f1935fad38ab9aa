import db from '@adonisjs/lucid/services/db'
import type Deal from '#models/deal'
import type User from '#models/user'
import audit from '#services/audit'

/** Hands a deal to another personal assistant; the timeline says who did it. */
export default class ReassignDeal {
  async handle({ deal, owner, actor }: { deal: Deal; owner: User; actor: User }) {
    await db.transaction(async (trx) => {
      deal.useTransaction(trx)
      const previous = deal.ownerId
      deal.ownerId = owner.id
      await deal.save()
      await trx.table('deal_activities').insert({
        deal_id: deal.id,
        kind: 'assignment',
        actor_id: actor.id,
        meta: JSON.stringify({ from: previous, to: owner.id }),
        occurred_at: new Date(),
        created_at: new Date(),
      })
      await audit.record(trx, {
        actor,
        action: 'deal.reassigned',
        subject: audit.subject('deal', deal),
        before: { ownerId: previous },
        after: { ownerId: owner.id },
      })
    })
    return deal
  }
}
