import db from '@adonisjs/lucid/services/db'
import { matchWeights } from '#enums/matching'

/** Why one investor and one published listing fit, and how well (0–100). */
export interface Match {
  userId: number
  opportunityId: number
  score: number
  /** Preferred sectors the listing is in. */
  sectorIds: number[]
  /** The listing is in a preferred municipality, or in the district of one. */
  place: 'municipality' | 'district' | null
  municipalityId: number
  /** The listing is in the investor's place of birth. */
  homeTown: boolean
  /** The listing's ticket fits the investor's range. */
  ticket: boolean
  /** Languages the listing is written in that the investor speaks ('en', 'sr'). */
  languages: string[]
}

interface Scope {
  /** Only these investors (users) / only these listings; all when absent. */
  userIds?: number[]
  opportunityIds?: number[]
  /** Investors who agreed to marketing e-mail only. */
  consentedOnly?: boolean
  minScore?: number
  limit?: number
}

const w = matchWeights

/**
 * The match score, computed in PostgreSQL so one query ranks every published listing
 * for an investor (the dashboard) or every investor for a listing (alerts, staff):
 * each side is reduced to arrays once (preferred sector and municipality ids, the
 * districts of those municipalities, the normalised place of birth; a listing's
 * sectors and languages), then each pair costs a few array comparisons.
 *
 * Place of birth is free text: its first part ("Niš, Serbia" → "Niš") is compared with
 * the listing's municipality through most_normalize, so "Ниш", "Niš" and "Nis" agree.
 */
export default class ScoreMatches {
  async handle(scope: Scope): Promise<Match[]> {
    const bindings: unknown[] = []
    const profileWhere: string[] = ["u.role = 'investor'"]
    if (scope.userIds) {
      profileWhere.push('ip.user_id = ANY(?::int[])')
      bindings.push(scope.userIds)
    }
    if (scope.consentedOnly) profileWhere.push('u.marketing_opt_in')
    const listingWhere: string[] = ["o.status = 'published'"]
    if (scope.opportunityIds) {
      listingWhere.push('o.id = ANY(?::int[])')
      bindings.push(scope.opportunityIds)
    }
    bindings.push(scope.minScore ?? 1, scope.limit ?? 20)

    const { rows } = await db.rawQuery(
      `WITH profiles AS (
         SELECT ip.user_id, ip.ticket_min_eur, ip.ticket_max_eur, ip.languages,
                nullif(most_normalize(btrim(split_part(coalesce(ip.place_of_birth, ''), ',', 1))), '') AS birthplace,
                array(SELECT ps.sector_id FROM investor_preferred_sectors ps
                      WHERE ps.investor_profile_id = ip.id) AS sector_ids,
                array(SELECT pm.municipality_id FROM investor_preferred_municipalities pm
                      WHERE pm.investor_profile_id = ip.id) AS municipality_ids,
                array(SELECT DISTINCT m.district FROM investor_preferred_municipalities pm
                      JOIN municipalities m ON m.id = pm.municipality_id
                      WHERE pm.investor_profile_id = ip.id AND m.district IS NOT NULL) AS districts
         FROM investor_profiles ip JOIN users u ON u.id = ip.user_id
         WHERE ${profileWhere.join(' AND ')}
       ), listings AS (
         SELECT o.id, o.municipality_id, o.min_ticket_eur, o.total_size_eur, o.published_at,
                m.district, most_normalize(m.name_en) AS town_en, most_normalize(m.name_sr_latn) AS town_sr,
                array_remove(ARRAY[CASE WHEN o.title_en IS NOT NULL THEN 'en' END,
                                   CASE WHEN o.title_sr IS NOT NULL THEN 'sr' END], NULL) AS languages,
                array(SELECT os.sector_id FROM opportunity_sectors os
                      WHERE os.opportunity_id = o.id ORDER BY os.sector_id) AS sector_ids
         FROM opportunities o JOIN municipalities m ON m.id = o.municipality_id
         WHERE ${listingWhere.join(' AND ')}
       ), pairs AS (
         SELECT p.user_id, l.id AS opportunity_id, l.municipality_id, l.published_at,
                array(SELECT s FROM unnest(l.sector_ids) s WHERE s = ANY(p.sector_ids)) AS matched_sectors,
                l.municipality_id = ANY(p.municipality_ids) AS in_municipality,
                coalesce(l.district = ANY(p.districts), false) AS in_district,
                coalesce(p.birthplace IN (l.town_en, l.town_sr), false) AS home_town,
                (p.ticket_min_eur IS NOT NULL OR p.ticket_max_eur IS NOT NULL)
                  AND l.min_ticket_eur <= coalesce(p.ticket_max_eur, 2147483647)
                  AND l.total_size_eur >= coalesce(p.ticket_min_eur, 0) AS ticket,
                array(SELECT x FROM unnest(l.languages) x WHERE x = ANY(p.languages)) AS matched_languages
         FROM profiles p CROSS JOIN listings l
       ), scored AS (
         SELECT pairs.*,
                CASE WHEN cardinality(matched_sectors) > 0 THEN ${w.sector} ELSE 0 END
                + CASE WHEN in_municipality THEN ${w.municipality}
                       WHEN in_district THEN ${w.district} ELSE 0 END
                + CASE WHEN home_town THEN ${w.homeTown} ELSE 0 END
                + CASE WHEN ticket THEN ${w.ticket} ELSE 0 END
                + CASE WHEN cardinality(matched_languages) > 0 THEN ${w.language} ELSE 0 END AS score
         FROM pairs
       )
       SELECT * FROM scored WHERE score >= ?
       ORDER BY score DESC, published_at DESC, opportunity_id DESC, user_id
       LIMIT ?`,
      bindings
    )
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

  /** The best listings for one investor, best and then freshest first. */
  forInvestor(userId: number, options: { limit?: number; opportunityIds?: number[] } = {}) {
    return this.handle({ userIds: [userId], ...options })
  }

  /** The investors one listing suits best. */
  forOpportunity(
    opportunityId: number,
    options: { limit?: number; minScore?: number; consentedOnly?: boolean } = {}
  ) {
    return this.handle({ opportunityIds: [opportunityId], ...options })
  }
}
