import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { AFTERCARE_INTERVAL_MONTHS, AFTERCARE_ROUNDS } from '#enums/event'
import DealActivity from '#models/deal_activity'

/** The owner has this long to do the check-in once reminded. */
const CHECK_IN_DAYS = 7

/**
 * The aftercare sweep: every AFTERCARE_INTERVAL_MONTHS after a deal was won, for
 * AFTERCARE_ROUNDS rounds (two years), its owner gets a check-in task and a timeline
 * line. Only the round currently due is created (a round missed while the worker was
 * down is not made up later), and each round's dedupe key makes it happen once however
 * often the sweep runs. The owner's e-mail comes from the hourly due-task reminder.
 */
export default class RemindAftercare {
  async handle({ now = DateTime.now() }: { now?: DateTime } = {}) {
    return db.transaction(async (trx) => {
      const at = now.toJSDate()
      const created = await trx.rawQuery(
        `WITH due AS (
           SELECT d.id AS deal_id, d.owner_id, r.round
           FROM deals d
           JOIN pipeline_stages s ON s.id = d.stage_id AND s.kind = 'won'
           CROSS JOIN generate_series(1, CAST(:rounds AS int)) AS r(round)
           WHERE d.closed_at IS NOT NULL
             AND d.closed_at + make_interval(months => CAST(:interval AS int) * r.round) <= :at
             AND d.closed_at + make_interval(months => CAST(:interval AS int) * (r.round + 1)) > :at
         )
         INSERT INTO deal_tasks (deal_id, assignee_id, title, due_at, dedupe_key, created_at, updated_at)
         SELECT deal_id, owner_id, 'Aftercare check-in ' || round || '/' || CAST(:rounds AS int),
           CAST(:at AS timestamptz) + make_interval(days => CAST(:days AS int)), 'aftercare:' || deal_id || ':' || round, :at, :at
         FROM due
         ON CONFLICT (dedupe_key) DO NOTHING
         RETURNING deal_id, assignee_id, dedupe_key`,
        { rounds: AFTERCARE_ROUNDS, interval: AFTERCARE_INTERVAL_MONTHS, at, days: CHECK_IN_DAYS }
      )
      const rows = created.rows as {
        deal_id: number
        assignee_id: number | null
        dedupe_key: string
      }[]
      if (rows.length) {
        await DealActivity.record(
          trx,
          rows.map((row) => ({
            dealId: row.deal_id,
            kind: 'aftercare' as const,
            meta: {
              reminder: true,
              round: Number(row.dedupe_key.split(':')[2]),
              assigneeId: row.assignee_id,
            },
            dedupeKey: `${row.dedupe_key}:timeline`,
            occurredAt: at,
            createdAt: at,
          }))
        )
      }
      return { reminded: rows.map((row) => row.deal_id) }
    })
  }
}
