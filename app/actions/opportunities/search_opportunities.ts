import Opportunity from '#models/opportunity'
import ReferenceData from '#services/reference_data'
import type { OpportunitySearchFilters } from '#validators/opportunity'

export const PER_PAGE = 20

/**
 * What a result card needs (OpportunityTransformer.toObject and the model getters it
 * calls). The search columns and long texts stay in PostgreSQL: hydrating them cost
 * most of the model time of a results page.
 */
export const CARD_COLUMNS = [
  'id',
  'organisation_id',
  'municipality_id',
  'slug',
  'status',
  'title_en',
  'title_sr',
  'summary_en',
  'summary_sr',
  'type',
  'stage',
  'min_ticket_eur',
  'total_size_eur',
  'jobs_expected',
  'area_sqm',
  'interests_count',
  'published_at',
  'confirmed_at',
  'featured_until',
  'cover_image_path',
] as const

/**
 * The browse page and the public API: published opportunities matching the filters,
 * sorted and paginated. A request always costs the same queries — one count, one page,
 * then one each for municipalities, organisations and sectors — whatever it finds;
 * reference data comes from memory.
 *
 * Text search is script- and accent-blind (most_normalize in SQL): words are matched
 * as prefixes against the tsvector, and typos through trigram word similarity.
 */
export default class SearchOpportunities {
  async handle(filters: OpportunitySearchFilters) {
    const { query, sort } = await this.query(filters)
    query
      .select(CARD_COLUMNS.map((column) => `opportunities.${column}`))
      .preload('municipality')
      .preload('organisation')
      .preload('sectors', (sectors) => sectors.orderBy('position'))

    const page = await query.paginate(filters.page ?? 1, filters.per_page ?? PER_PAGE)
    return { page, sort }
  }

  /** The filtered, sorted query without pagination (also what EXPLAIN checks in tests). */
  async query(filters: OpportunitySearchFilters) {
    const query = Opportunity.query().withScopes((scopes) => scopes.published())
    const words = searchWords(filters.q)

    if (words.length) {
      // Prefix match on every word (websearch-like AND), or a close-enough spelling.
      query.where((match) => {
        match
          .whereRaw(
            `opportunities.search_document @@ to_tsquery('simple', (
              SELECT string_agg(most_normalize(word) || ':*', ' & ') FROM unnest(?::text[]) AS word))`,
            [words]
          )
          .orWhereRaw('most_normalize(?) <% opportunities.search_text', [words.join(' ')])
      })
    }

    if (filters.sector?.length) {
      const sectorIds = await ReferenceData.sectorIdsBySlug(filters.sector)
      query.whereExists((sectors) => {
        sectors
          .from('opportunity_sectors')
          .whereColumn('opportunity_sectors.opportunity_id', 'opportunities.id')
          .whereIn('opportunity_sectors.sector_id', sectorIds)
      })
    }

    if (filters.municipality) {
      const municipality = await ReferenceData.municipalityBySlug(filters.municipality)
      query.where('opportunities.municipality_id', municipality?.id ?? 0)
    } else if (filters.country || filters.district) {
      const ids = await ReferenceData.municipalityIdsWhere({
        countryCode: filters.country,
        district: filters.district,
      })
      query.whereIn('opportunities.municipality_id', ids)
    }

    if (filters.type) query.where('opportunities.type', filters.type)
    if (filters.stage) query.where('opportunities.stage', filters.stage)
    if (filters.ticket_min !== undefined) {
      query.where('opportunities.min_ticket_eur', '>=', filters.ticket_min)
    }
    if (filters.ticket_max !== undefined) {
      query.where('opportunities.min_ticket_eur', '<=', filters.ticket_max)
    }

    const sort = filters.sort ?? (words.length ? 'relevance' : 'newest')
    // Featured listings come first whatever the sort (the sort indexes lead with this).
    query.orderByRaw('(opportunities.featured_until IS NOT NULL) DESC')
    switch (sort) {
      case 'relevance': {
        // word_similarity costs ~15 µs a row, so only the typo matches (those the prefix
        // search missed) pay for it; prefix matches rank by ts_rank, whole words higher.
        const list = words.length ? words : ['']
        query.orderByRaw(
          `ts_rank(opportunities.search_document, to_tsquery('simple', (
             SELECT string_agg(most_normalize(word) || ':*', ' | ') FROM unnest(?::text[]) AS word)))
           + ts_rank(opportunities.search_document, to_tsquery('simple', (
             SELECT string_agg(most_normalize(word), ' | ') FROM unnest(?::text[]) AS word)))
           + CASE WHEN opportunities.search_document @@ to_tsquery('simple', (
               SELECT string_agg(most_normalize(word) || ':*', ' & ') FROM unnest(?::text[]) AS word))
             THEN 1 ELSE word_similarity(most_normalize(?), opportunities.search_text) END DESC`,
          [list, list, list, words.join(' ')]
        )
        break
      }
      case 'largest':
        query.orderBy('opportunities.total_size_eur', 'desc')
        break
      case 'smallest_ticket':
        query.orderBy('opportunities.min_ticket_eur', 'asc')
        break
      case 'most_interest':
        query.orderBy('opportunities.interests_count', 'desc')
        break
      default:
        query.orderBy('opportunities.published_at', 'desc')
    }
    query.orderBy('opportunities.id', 'desc')
    return { query, sort }
  }
}

/** The words of a search, letters and digits only (at most eight), as typed. */
export function searchWords(input?: string | null) {
  return (input?.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8)
}
