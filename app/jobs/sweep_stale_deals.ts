import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Deal from '#models/deal'
import type { JobHandler } from '#jobs/payloads'

/** A deal's stale days count from its stage change or its last reply, the later one. */
const CLOCK_START = 'greatest(deals.stage_entered_at, deals.last_reply_at)'

/**
 * Daily: flags open deals that stayed in their stage longer than the stage's "stale
 * after N days" with no reply by e-mail since (a reply restarts the clock), and gives each
 * owner a task to act on it. Idempotent: a deal is flagged once per stretch of silence,
 * and the task's dedupe key says which one (it starts at the stage change or the reply).
 */
export default class SweepStaleDeals implements JobHandler<{ now?: string }> {
  async handle(payload: { now?: string }) {
    const now = payload.now ? DateTime.fromISO(payload.now) : DateTime.now()
    return db.transaction(async (trx) => {
      const stale = await trx
        .from('deals')
        .join('pipeline_stages', 'pipeline_stages.id', 'deals.stage_id')
        .whereNull('deals.closed_at')
        .whereNull('deals.stale_since')
        .whereNotNull('pipeline_stages.stale_after_days')
        .whereRaw(`${CLOCK_START} + pipeline_stages.stale_after_days * interval '1 day' <= ?`, [
          now.toJSDate(),
        ])
        .select(
          'deals.id',
          'deals.owner_id',
          db.raw(`${CLOCK_START} AS clock_start`),
          'pipeline_stages.name'
        )
        .forUpdate()
      for (const deal of stale) {
        await Deal.query({ client: trx })
          .where('id', deal.id)
          .update({ stale_since: now.toJSDate() })
        await trx
          .insertQuery()
          .table('deal_tasks')
          .insert({
            deal_id: deal.id,
            assignee_id: deal.owner_id,
            title: `Deal is stale in “${deal.name}”: follow up`,
            due_at: now.plus({ days: 1 }).toJSDate(),
            dedupe_key: `stale:${deal.id}:${new Date(deal.clock_start).getTime()}`,
            created_at: now.toJSDate(),
            updated_at: now.toJSDate(),
          })
          .onConflict('dedupe_key')
          .ignore()
      }
      return { flagged: stale.length }
    })
  }
}
