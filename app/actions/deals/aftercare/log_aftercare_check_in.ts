import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type Deal from '#models/deal'
import type User from '#models/user'
import DealActivity from '#models/deal_activity'
import DealTask from '#models/deal_task'

/**
 * Staff log an aftercare check-in on a won deal: a timeline line, and any open
 * aftercare reminder task of the deal is done.
 */
export default class LogAftercareCheckIn {
  async handle({ deal, body, actor }: { deal: Deal; body: string; actor: User }) {
    return db.transaction(async (trx) => {
      const now = DateTime.now().toJSDate()
      await DealActivity.record(trx, {
        dealId: deal.id,
        kind: 'aftercare',
        body,
        meta: { checkIn: true },
        actorId: actor.id,
        occurredAt: now,
        createdAt: now,
      })
      await DealTask.query({ client: trx })
        .where('dealId', deal.id)
        .whereLike('dedupeKey', 'aftercare:%')
        .whereNull('doneAt')
        .update({ done_at: now, updated_at: now })
    })
  }
}
