import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type Deal from '#models/deal'
import type User from '#models/user'

/**
 * Staff log an aftercare check-in on a won deal: a timeline line, and any open
 * aftercare reminder task of the deal is done.
 */
export default class LogAftercareCheckIn {
  async handle({ deal, body, actor }: { deal: Deal; body: string; actor: User }) {
    return db.transaction(async (trx) => {
      const now = DateTime.now().toJSDate()
      await trx.table('deal_activities').insert({
        deal_id: deal.id,
        kind: 'aftercare',
        body,
        meta: JSON.stringify({ checkIn: true }),
        actor_id: actor.id,
        occurred_at: now,
        created_at: now,
      })
      await trx
        .from('deal_tasks')
        .where('deal_id', deal.id)
        .whereLike('dedupe_key', 'aftercare:%')
        .whereNull('done_at')
        .update({ done_at: now, updated_at: now })
    })
  }
}
