import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { StrictValues } from '@adonisjs/lucid/types/querybuilder'
import Organisation from '#models/organisation'
import type Opportunity from '#models/opportunity'
import {
  badgeDays,
  RESPONSIVENESS_MIN_REQUESTS,
  RESPONSIVENESS_WINDOW_DAYS,
  type Responsiveness,
} from '#enums/organisation'

/**
 * Every request a partner is expected to answer, as (organisation, asked at, answered at):
 * - an introduction: requested → the contact's answer (accept or decline);
 * - an interest in one of its listings: sent → its deal first leaves the opening stage
 *   (moved on or closed: either way the investor got an answer).
 * - a question an investor asked on one of its listings: asked → answered (hidden
 *   questions, taken down by staff, are left out).
 * A request still open past its deadline counts in the median with the time it has waited
 * so far (its answer can only come later), so silence moves the figure up.
 */
const REQUESTS = `
  SELECT i.organisation_id, i.requested_at AS asked_at, i.responded_at AS answered_at,
         i.due_at
  FROM introductions i
  WHERE i.requested_at >= :since AND i.requested_at <= :now
  UNION ALL
  SELECT o.organisation_id, it.created_at,
         (SELECT min(h.exited_at) FROM deals d
          JOIN deal_stage_history h ON h.deal_id = d.id
          WHERE d.interest_id = it.id),
         NULL
  FROM interests it
  JOIN opportunities o ON o.id = it.opportunity_id
  WHERE it.created_at >= :since AND it.created_at <= :now AND it.status <> 'withdrawn'
  UNION ALL
  SELECT o.organisation_id, q.created_at, q.answered_at, q.due_at
  FROM opportunity_questions q
  JOIN opportunities o ON o.id = q.opportunity_id
  WHERE q.created_at >= :since AND q.created_at <= :now AND q.hidden_at IS NULL`

/**
 * Partner responsiveness, the one place it is computed: the share of requests of the
 * last 90 days answered and the median time to answer. Used live by the organisation
 * page, and stored per organisation (RefreshResponsiveness, hourly) for the listing cards'
 * badge and the "recommended" tie-breaker.
 */
export default class MeasureResponsiveness {
  async handle({
    organisationIds,
    now = DateTime.now(),
    client,
  }: {
    /** Only these organisations; every organisation with a request when absent. */
    organisationIds?: number[]
    now?: DateTime
    client?: QueryClientContract
  }): Promise<Map<number, Responsiveness>> {
    if (organisationIds && !organisationIds.length) return new Map()
    const bindings: Record<string, StrictValues> = {
      since: now.minus({ days: RESPONSIVENESS_WINDOW_DAYS }).toJSDate(),
      now: now.toJSDate(),
    }
    let only = ''
    if (organisationIds) {
      only = 'WHERE organisation_id = ANY(:ids::int[])'
      bindings.ids = organisationIds
    }
    const { rows } = await (client ?? db).rawQuery(
      `WITH requests AS (${REQUESTS})
       SELECT organisation_id, count(*)::int AS asked,
              count(answered_at)::int AS answered,
              percentile_cont(0.5) WITHIN GROUP (
                ORDER BY extract(epoch FROM coalesce(answered_at, :now) - asked_at) / 3600
              ) FILTER (WHERE answered_at IS NOT NULL OR due_at < :now) AS median_hours
       FROM requests ${only}
       GROUP BY organisation_id`,
      bindings
    )
    return new Map(
      rows.map((row: Record<string, unknown>) => [
        Number(row.organisation_id),
        describe(
          Number(row.asked),
          Number(row.answered),
          row.median_hours === null ? null : Number(row.median_hours)
        ),
      ])
    )
  }
}

/** The figures as a page shows them; judged only from RESPONSIVENESS_MIN_REQUESTS on. */
export function describe(asked: number, answered: number, medianHours: number | null) {
  const enough = asked >= RESPONSIVENESS_MIN_REQUESTS
  const answeredPct = enough ? Math.round((answered / asked) * 100) : null
  const hours = medianHours === null ? null : Math.max(0, Math.round(medianHours))
  return {
    asked,
    answered,
    answeredPct,
    medianHours: hours,
    badgeDays: badgeDays(answeredPct, hours),
  } satisfies Responsiveness
}

/**
 * The badge for listing cards, by listing id (only listings whose partner earned one),
 * from the figures RefreshResponsiveness stored on each organisation: the card query
 * already reads them (listing_sql), so a results page costs no extra query.
 */
export async function responsivenessBadges(
  opportunities: Opportunity[]
): Promise<Record<number, number>> {
  const missing = opportunities.filter((row) => !row.$preloaded.organisation)
  const stored = new Map(
    missing.length
      ? (
          await Organisation.query()
            .whereIn('id', [...new Set(missing.map((row) => row.organisationId))])
            .select('id', 'responseAnsweredPct', 'responseMedianHours')
        ).map((organisation) => [organisation.id, organisation])
      : []
  )
  const badges: Record<number, number> = {}
  for (const opportunity of opportunities) {
    const organisation =
      (opportunity.$preloaded.organisation as Organisation | undefined) ??
      stored.get(opportunity.organisationId)
    const days = organisation
      ? badgeDays(organisation.responseAnsweredPct, organisation.responseMedianHours)
      : null
    if (days) badges[opportunity.id] = days
  }
  return badges
}
