import db from '@adonisjs/lucid/services/db'
import { ModelPaginator, Preloader } from '@adonisjs/lucid/orm'
import Opportunity from '#models/opportunity'
import ReferenceData from '#services/reference_data'
import type { OpportunitySearchFilters } from '#validators/opportunity'

export const PER_PAGE = 20

/**
 * A text search counts and ranks at most this many matches. A common word can match a
 * tenth of all listings; counting and ranking every one of them cost ~200 ms of SQL on
 * 100,000 listings, and nobody pages past result 1,000 — the page says "1,000+".
 */
export const SEARCH_CAP = 1000

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
  'cover_image_variants',
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
    const words = searchWords(filters.q)
    if (words.length) return this.textSearch(filters)

    const { query, sort } = await this.query(filters)
    this.forCards(query)
    const page = await query.paginate(filters.page ?? 1, filters.per_page ?? PER_PAGE)
    return { page, sort, totalCapped: false }
  }

  /**
   * A text search in one query whatever it finds: the matches (at most SEARCH_CAP + 1,
   * a materialized CTE, so the index is read once) give the count, and the page is
   * ranked among the first SEARCH_CAP of them plus every featured match, so featured
   * listings still come first. Typo matches (trigram similarity, ~15 µs a row to check)
   * are searched, in a second query, only when the prefix search finds less than a page.
   */
  private async textSearch(filters: OpportunitySearchFilters) {
    const perPage = filters.per_page ?? PER_PAGE
    const currentPage = filters.page ?? 1
    let result = await this.rankedPage(filters, currentPage, perPage, false)
    if (result.total < PER_PAGE) {
      result = await this.rankedPage(filters, currentPage, perPage, true)
    }
    // The relations only for the rows shown (not for a statement the typo search replaced).
    if (result.rows.length) {
      await new Preloader(Opportunity)
        .load('municipality')
        .load('organisation')
        .load('sectors', (sectors: any) => sectors.orderBy('position'))
        .processAllForMany(result.rows, db.connection())
    }
    const page = new ModelPaginator(
      Math.min(result.total, SEARCH_CAP),
      perPage,
      currentPage,
      ...result.rows
    )
    return { page, sort: result.sort, totalCapped: result.total > SEARCH_CAP }
  }

  private async rankedPage(
    filters: OpportunitySearchFilters,
    currentPage: number,
    perPage: number,
    typos: boolean
  ) {
    const { query: matches } = await this.query(filters, { typos, order: false })
    const { query: featured } = await this.query(filters, { typos, order: false })
    const { query, sort } = await this.query(filters, { typos, filter: false })
    matches.select('opportunities.id').limit(SEARCH_CAP + 1)
    const promoted = featured
      .select('opportunities.id')
      .whereNotNull('opportunities.featured_until')
      .toSQL()
    // UNION, not OR: PostgreSQL then looks the ids up by primary key instead of scanning.
    query
      .withMaterialized('matches', matches)
      .whereRaw(
        `opportunities.id IN ((SELECT id FROM matches LIMIT ${SEARCH_CAP}) UNION (${promoted.sql}))`,
        promoted.bindings as never
      )
      .select(db.raw('(SELECT count(*) FROM matches) AS total_matches'))
      .select(CARD_COLUMNS.map((column) => `opportunities.${column}`))
    const rows = await query.forPage(currentPage, perPage)
    let total = Number(rows[0]?.$extras.total_matches ?? 0)
    if (!rows.length && currentPage > 1) {
      // Past the last page: no row carries the count, so ask for it alone.
      const { sql, bindings } = matches.toSQL()
      const count = await db.rawQuery(
        `SELECT count(*) AS total FROM (${sql}) AS matches`,
        bindings as never
      )
      total = Number(count.rows[0].total)
    }
    return { rows, total, sort }
  }

  private forCards(query: Awaited<ReturnType<SearchOpportunities['query']>>['query']) {
    query
      .select(CARD_COLUMNS.map((column) => `opportunities.${column}`))
      .preload('municipality')
      .preload('organisation')
      .preload('sectors', (sectors) => sectors.orderBy('position'))
  }

  /** The filtered, sorted query without pagination (also what EXPLAIN checks in tests). */
  async query(
    filters: OpportunitySearchFilters,
    {
      typos = true,
      order = true,
      filter = true,
    }: { typos?: boolean; order?: boolean; filter?: boolean } = {}
  ) {
    const query = Opportunity.query().withScopes((scopes) => scopes.published())
    const words = searchWords(filters.q)

    if (filter) await this.filter(query, filters, words, typos)

    const sort = filters.sort ?? (words.length ? 'relevance' : 'newest')
    if (!order) return { query, sort }
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

  /** The text match and the filters. */
  private async filter(
    query: ReturnType<typeof Opportunity.query>,
    filters: OpportunitySearchFilters,
    words: string[],
    typos: boolean
  ) {
    if (words.length) {
      // Prefix match on every word (websearch-like AND), or a close-enough spelling.
      query.where((match) => {
        match.whereRaw(
          `opportunities.search_document @@ to_tsquery('simple', (
              SELECT string_agg(most_normalize(word) || ':*', ' & ') FROM unnest(?::text[]) AS word))`,
          [words]
        )
        if (typos) {
          match.orWhereRaw('most_normalize(?) <% opportunities.search_text', [words.join(' ')])
        }
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
  }
}

/** The words of a search, letters and digits only (at most eight), as typed. */
export function searchWords(input?: string | null) {
  return (input?.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8)
}
