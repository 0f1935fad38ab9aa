import db from '@adonisjs/lucid/services/db'
import type { ResponseTime } from '#enums/crm'

/**
 * How fast partners answer introductions: the median time from request to answer in
 * hours, over answered introductions, with how many are answered and still open.
 * An e-mail reply from the partner's side is an answer too (it sets responded_at while
 * the formal accept/decline may still come). Public on each organisation's page.
 */
export async function responseTimes(organisationIds: number[]) {
  if (!organisationIds.length) return new Map<number, ResponseTime>()
  const rows = await db
    .from('introductions')
    .whereIn('organisation_id', organisationIds)
    .groupBy('organisation_id')
    .select('organisation_id')
    .select(
      db.raw(
        `percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM responded_at - requested_at) / 3600)
           FILTER (WHERE responded_at IS NOT NULL) AS median_hours`
      ),
      db.raw('count(*) FILTER (WHERE responded_at IS NOT NULL)::int AS answered'),
      db.raw(`count(*) FILTER (WHERE status = 'requested' AND responded_at IS NULL)::int AS open`),
      db.raw(
        `count(*) FILTER (WHERE status = 'requested' AND responded_at IS NULL AND due_at < now())::int AS overdue`
      )
    )
  return new Map<number, ResponseTime>(
    rows.map((row) => [
      row.organisation_id,
      {
        medianHours: row.median_hours === null ? null : Math.round(Number(row.median_hours)),
        answered: row.answered,
        open: row.open,
        overdue: row.overdue,
      },
    ])
  )
}
