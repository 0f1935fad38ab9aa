import db from '@adonisjs/lucid/services/db'
import type { ResponseTime } from '#enums/crm'

/**
 * How fast partners answer introductions and investors' questions on their listings:
 * the median time from request to answer in hours, with how many are answered, still
 * open and overdue. An item still open past its deadline counts with the time it has
 * waited so far (its answer can only come later), so silence moves the figure up. An
 * e-mail reply from the partner's side is an answer too (it sets responded_at while the
 * formal accept/decline may still come). Public on each organisation's page.
 */
export async function responseTimes(organisationIds: number[]) {
  if (!organisationIds.length) return new Map<number, ResponseTime>()
  const { rows } = await db.rawQuery(
    `WITH items AS (
       SELECT organisation_id, requested_at AS asked_at, responded_at AS answered_at,
         status = 'requested' AND responded_at IS NULL AS open, due_at
       FROM introductions WHERE organisation_id = ANY(?::int[])
       UNION ALL
       SELECT opportunities.organisation_id, questions.created_at, questions.answered_at,
         questions.answered_at IS NULL, questions.due_at
       FROM opportunity_questions AS questions
       JOIN opportunities ON opportunities.id = questions.opportunity_id
       WHERE opportunities.organisation_id = ANY(?::int[]) AND questions.hidden_at IS NULL
     )
     SELECT organisation_id,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM
         coalesce(answered_at, now()) - asked_at) / 3600)
         FILTER (WHERE answered_at IS NOT NULL OR (open AND due_at < now())) AS median_hours,
       count(*) FILTER (WHERE answered_at IS NOT NULL)::int AS answered,
       count(*) FILTER (WHERE open)::int AS open,
       count(*) FILTER (WHERE open AND due_at < now())::int AS overdue
     FROM items GROUP BY organisation_id`,
    [organisationIds, organisationIds]
  )
  return new Map<number, ResponseTime>(
    rows.map((row: Record<string, number | null>) => [
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
