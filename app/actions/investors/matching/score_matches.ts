import db from '@adonisjs/lucid/services/db'
import type { StrictValues } from '@adonisjs/lucid/types/querybuilder'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { matchWeights, type Match } from '#enums/matching'

interface Scope {
  /** Only these investors (users) / only these listings; all when absent. */
  userIds?: number[]
  opportunityIds?: number[]
  /** Investors who agreed to marketing e-mail only. */
  consentedOnly?: boolean
  minScore?: number
  limit?: number
  /**
   * Only listings in a preferred sector or place (found through indexes), the only ones
   * that can score more than ticket + language: a fraction of a large marketplace.
   */
  strongOnly?: boolean
  /** Inside the caller's transaction (a savepoint), which already holds a connection. */
  client?: TransactionClientContract
}

const w = matchWeights

/**
 * The tie-breaker among equal scores: partners who answer more of their requests, then
 * faster (stored by RefreshResponsiveness); partners not yet judged after them.
 */
const RESPONSIVE_FIRST =
  'response_answered_pct DESC NULLS LAST, response_median_hours ASC NULLS LAST'

const STRONG_PROFILES = `(
  ip.id IN (SELECT ps.investor_profile_id FROM investor_preferred_sectors ps
            JOIN opportunity_sectors os ON os.sector_id = ps.sector_id
            WHERE os.opportunity_id = ANY(?::int[]))
  OR ip.id IN (SELECT pm.investor_profile_id FROM investor_preferred_municipalities pm
               JOIN municipalities picked ON picked.id = pm.municipality_id
               JOIN municipalities m ON m.id = picked.id OR m.district = picked.district
               JOIN opportunities o ON o.municipality_id = m.id
               WHERE o.id = ANY(?::int[]))
  OR ip.birthplace_key IN (SELECT most_normalize(name) FROM opportunities o
                           JOIN municipalities m ON m.id = o.municipality_id
                           CROSS JOIN LATERAL (VALUES (m.name_en), (m.name_sr_latn)) names (name)
                           WHERE o.id = ANY(?::int[])))`

/** Listings in a preferred sector (index on sector) or place (index on municipality). */
const CANDIDATES = `, candidates AS MATERIALIZED (
         SELECT os.opportunity_id AS id FROM opportunity_sectors os
         JOIN profiles p ON os.sector_id = ANY(p.sector_ids)
         UNION
         SELECT o.id FROM opportunities o
         JOIN profiles p ON o.municipality_id = ANY(p.municipality_ids || p.district_ids || p.home_town_ids)
         WHERE o.status = 'published'
       )`

/**
 * The match score, computed in PostgreSQL so one query ranks every published listing
 * for an investor (the dashboard) or every investor for a listing (alerts, staff).
 * Each investor is first reduced to arrays of ids, in bulk (preferred sectors and
 * municipalities, the municipalities of those districts, the home town); each pair
 * then costs a few array tests and one index probe for the sectors. The words (which
 * sectors matched) are worked out only for the rows returned.
 *
 * Place of birth is free text: its normalised first part (investor_profiles.birthplace_key,
 * "Niš, Serbia" → "nis") is compared with municipality names through most_normalize, so
 * "Ниш", "Niš" and "Nis" agree.
 */
export default class ScoreMatches {
  async handle(scope: Scope): Promise<Match[]> {
    const bindings: StrictValues[] = []
    const profileWhere: string[] = ["u.role = 'investor'"]
    if (scope.userIds) {
      profileWhere.push('ip.user_id = ANY(?::int[])')
      bindings.push(scope.userIds)
    }
    if (scope.consentedOnly) profileWhere.push('u.marketing_opt_in')
    if (scope.strongOnly && scope.opportunityIds) {
      // Investors with a sector, a place or the home town in common with the listings;
      // each list is read once and hashed, not probed per investor.
      profileWhere.push(STRONG_PROFILES)
      bindings.push(scope.opportunityIds, scope.opportunityIds, scope.opportunityIds)
    }
    const listingWhere: string[] = ["o.status = 'published'"]
    if (scope.strongOnly && !scope.opportunityIds) {
      listingWhere.push('o.id IN (SELECT id FROM candidates)')
    }
    if (scope.opportunityIds) {
      listingWhere.push('o.id = ANY(?::int[])')
      bindings.push(scope.opportunityIds)
    }
    bindings.push(scope.minScore ?? 1, scope.limit ?? 20)

    // The planner cannot estimate these CTE joins and thinks the query huge; PostgreSQL
    // would then JIT-compile it, seconds of compiling for a few hundred ms of work.
    const { rows } = await (scope.client ?? db).transaction(async (trx) => {
      await trx.rawQuery('SET LOCAL jit = off')
      return trx.rawQuery(
        `WITH chosen AS MATERIALIZED (
         SELECT ip.id, ip.user_id, ip.ticket_min_eur, ip.ticket_max_eur, ip.languages, ip.birthplace_key
         FROM investor_profiles ip JOIN users u ON u.id = ip.user_id
         WHERE ${profileWhere.join(' AND ')}
       ), town_names AS MATERIALIZED (
         SELECT id, most_normalize(name_en) AS name FROM municipalities
         UNION SELECT id, most_normalize(name_sr_latn) FROM municipalities
       ), profiles AS MATERIALIZED (
         SELECT c.user_id, c.ticket_min_eur, c.ticket_max_eur, c.languages,
                coalesce(sectors.ids, '{}') AS sector_ids,
                coalesce(places.ids, '{}') AS municipality_ids,
                coalesce(districts.ids, '{}') AS district_ids,
                coalesce(home.ids, '{}') AS home_town_ids
         FROM chosen c
         LEFT JOIN (SELECT ps.investor_profile_id AS id, array_agg(ps.sector_id) AS ids
                    FROM investor_preferred_sectors ps JOIN chosen ON chosen.id = ps.investor_profile_id
                    GROUP BY 1) sectors ON sectors.id = c.id
         LEFT JOIN (SELECT pm.investor_profile_id AS id, array_agg(pm.municipality_id) AS ids
                    FROM investor_preferred_municipalities pm JOIN chosen ON chosen.id = pm.investor_profile_id
                    GROUP BY 1) places ON places.id = c.id
         LEFT JOIN (SELECT pm.investor_profile_id AS id, array_agg(DISTINCT m.id) AS ids
                    FROM investor_preferred_municipalities pm JOIN chosen ON chosen.id = pm.investor_profile_id
                    JOIN municipalities picked ON picked.id = pm.municipality_id
                    JOIN municipalities m ON m.district = picked.district
                    GROUP BY 1) districts ON districts.id = c.id
         LEFT JOIN (SELECT chosen.id, array_agg(DISTINCT t.id) AS ids
                    FROM chosen JOIN town_names t ON t.name = chosen.birthplace_key
                    GROUP BY 1) home ON home.id = c.id
       )${scope.strongOnly && !scope.opportunityIds ? CANDIDATES : ''}, pairs AS MATERIALIZED (
         SELECT p.user_id, o.id AS opportunity_id, o.municipality_id, o.published_at,
                org.response_answered_pct, org.response_median_hours,
                EXISTS (SELECT 1 FROM opportunity_sectors os
                        WHERE os.opportunity_id = o.id AND os.sector_id = ANY(p.sector_ids)) AS in_sector,
                o.municipality_id = ANY(p.municipality_ids) AS in_municipality,
                o.municipality_id = ANY(p.district_ids) AS in_district,
                o.municipality_id = ANY(p.home_town_ids) AS home_town,
                (p.ticket_min_eur IS NOT NULL OR p.ticket_max_eur IS NOT NULL)
                  AND o.min_ticket_eur <= coalesce(p.ticket_max_eur, 2147483647)
                  AND o.total_size_eur >= coalesce(p.ticket_min_eur, 0) AS ticket,
                array_remove(ARRAY[
                  CASE WHEN o.title_en IS NOT NULL AND 'en' = ANY(p.languages) THEN 'en' END,
                  CASE WHEN o.title_sr IS NOT NULL AND 'sr' = ANY(p.languages) THEN 'sr' END
                ], NULL) AS matched_languages
         FROM profiles p JOIN opportunities o ON ${listingWhere.join(' AND ')}
         JOIN organisations org ON org.id = o.organisation_id
       ), ranked AS (
         SELECT pairs.*,
                CASE WHEN in_sector THEN ${w.sector} ELSE 0 END
                + CASE WHEN in_municipality THEN ${w.municipality}
                       WHEN in_district THEN ${w.district} ELSE 0 END
                + CASE WHEN home_town THEN ${w.homeTown} ELSE 0 END
                + CASE WHEN ticket THEN ${w.ticket} ELSE 0 END
                + CASE WHEN cardinality(matched_languages) > 0 THEN ${w.language} ELSE 0 END AS score
         FROM pairs
       ), best AS (
         SELECT * FROM ranked WHERE score >= ?
         ORDER BY score DESC, ${RESPONSIVE_FIRST}, published_at DESC, opportunity_id DESC, user_id
         LIMIT ?
       )
       -- Which preferred sectors matched: only for the rows shown, not for every pair.
       SELECT best.*,
              array(SELECT os.sector_id FROM opportunity_sectors os
                    WHERE os.opportunity_id = best.opportunity_id
                      AND os.sector_id = ANY(p.sector_ids) ORDER BY os.sector_id) AS matched_sectors
       FROM best JOIN profiles p ON p.user_id = best.user_id
       ORDER BY score DESC, ${RESPONSIVE_FIRST}, published_at DESC, opportunity_id DESC, user_id`,
        bindings
      )
    })
    return rows.map((row: Record<string, unknown>): Match => ({
      userId: Number(row.user_id),
      opportunityId: Number(row.opportunity_id),
      score: Number(row.score),
      sectorIds: (row.matched_sectors as number[]).map(Number),
      place: row.in_municipality ? 'municipality' : row.in_district ? 'district' : null,
      municipalityId: Number(row.municipality_id),
      homeTown: Boolean(row.home_town),
      ticket: Boolean(row.ticket),
      languages: row.matched_languages as string[],
    }))
  }

  /**
   * The best listings for one investor: best, then most responsive partner, then freshest. Listings in a
   * preferred sector or place are ranked first (cheap on a large marketplace); the
   * whole marketplace only when they are too few to fill the list.
   */
  async forInvestor(userId: number, options: { limit?: number; opportunityIds?: number[] } = {}) {
    if (!options.opportunityIds) {
      const strong = await this.handle({ userIds: [userId], ...options, strongOnly: true })
      if (strong.length >= (options.limit ?? 20)) return strong
    }
    return this.handle({ userIds: [userId], ...options })
  }

  /**
   * The investors one listing suits best: those with a sector, place or home town in
   * common first; the others (ticket and language at most) only to fill the list, and
   * never when the minimum score is beyond their reach (alerts).
   */
  async forOpportunity(
    opportunityId: number,
    options: { limit?: number; minScore?: number; consentedOnly?: boolean } = {}
  ) {
    const scope = { opportunityIds: [opportunityId], ...options }
    const strong = await this.handle({ ...scope, strongOnly: true })
    const reachable = (options.minScore ?? 1) <= w.ticket + w.language
    if (strong.length >= (options.limit ?? 20) || !reachable) return strong
    return this.handle(scope)
  }
}
