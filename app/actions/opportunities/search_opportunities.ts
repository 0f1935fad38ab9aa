import db from '@adonisjs/lucid/services/db'
import { ModelPaginator } from '@adonisjs/lucid/orm'
import Opportunity from '#models/opportunity'
import ReferenceData from '#services/reference_data'
import { attachCardRelations } from '#services/listing_relations'
import {
  CARD_COLUMNS,
  CARD_ORGANISATION_JSON,
  ESTIMATE_TRUSTED_ABOVE,
  FEATURED_FIRST,
  PER_PAGE,
  SEARCH_CAP,
  SECTOR_IDS,
  prefixMatch,
  relevanceOrder,
  rowByRow,
  typoMatch,
  viaIndex,
} from '#services/listing_sql'
import type { OpportunitySearchFilters } from '#validators/opportunity'

/**
 * The browse page and the public API: published opportunities matching the filters,
 * sorted and paginated. Browsing sends the page (its rows bring their sector ids and
 * organisation as extra columns; municipality and sectors come from memory) and, beside
 * it, an EXPLAIN of the matches; a count that stops at SEARCH_CAP + 1 only when the
 * planner expects few matches (see ESTIMATE_TRUSTED_ABOVE). A text search is one
 * statement (two with typos).
 *
 * Text search is script- and accent-blind (most_normalize in SQL): words are matched
 * as prefixes against the tsvector, and typos through their close spellings in the
 * vocabulary of the listings' words (search_words, trigram similarity).
 */
export default class SearchOpportunities {
  async handle(filters: OpportunitySearchFilters) {
    const words = searchWords(filters.q)
    if (words.length) return this.textSearch(filters)

    const perPage = filters.per_page ?? PER_PAGE
    const currentPage = filters.page ?? 1
    const { query, sort } = await this.query(filters)
    const { query: matches } = await this.query(filters, { order: false })
    const { sql, bindings } = matches.select('opportunities.id').toSQL()
    const [rows, plan] = await Promise.all([
      this.forCards(query).forPage(currentPage, perPage),
      db.rawQuery(`EXPLAIN (FORMAT JSON) ${sql}`, bindings as never),
    ])
    const total = await this.browseTotal({
      estimate: Number(plan.rows[0]['QUERY PLAN'][0].Plan['Plan Rows']),
      shown: (currentPage - 1) * perPage + rows.length,
      lastPageShown: rows.length < perPage,
      count: () =>
        db.rawQuery(
          `SELECT count(*) AS total FROM (${sql} LIMIT ${SEARCH_CAP + 1}) AS matches`,
          bindings as never
        ),
    })
    await attachCardRelations(rows)
    const page = new ModelPaginator(Math.min(total, SEARCH_CAP), perPage, currentPage, ...rows)
    return { page, sort, totalCapped: total > SEARCH_CAP }
  }

  /**
   * How many listings browsing found: exact when the page is the last one (fewer rows than
   * a page, and not empty), "1,000+" (SEARCH_CAP + 1) when the planner expects many more,
   * otherwise counted up to SEARCH_CAP + 1.
   */
  private async browseTotal(found: {
    estimate: number
    shown: number
    lastPageShown: boolean
    count: () => Promise<{ rows: { total: string }[] }>
  }) {
    if (found.lastPageShown && found.shown > 0) return found.shown
    if (found.estimate >= ESTIMATE_TRUSTED_ABOVE) return SEARCH_CAP + 1
    return Number((await found.count()).rows[0].total)
  }

  /**
   * A text search in one query whatever it finds: the matches (at most SEARCH_CAP + 1,
   * a materialized CTE, so the index is read once) give the count, and the page is
   * ranked among the first SEARCH_CAP of them plus every featured match, so featured
   * listings still come first. Typo matches (the words' close spellings, which can match
   * many more listings) are searched, in a second query, only when the prefix search finds
   * less than a page.
   */
  private async textSearch(filters: OpportunitySearchFilters) {
    const perPage = filters.per_page ?? PER_PAGE
    const currentPage = filters.page ?? 1
    let result = await this.rankedPage(filters, currentPage, perPage, false)
    if (result.total < PER_PAGE) {
      result = await this.rankedPage(filters, currentPage, perPage, true)
    }
    await attachCardRelations(result.rows)
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
    const { query: featured } = await this.query(filters, { typos, order: false, featured: true })
    const { query, sort } = await this.query(filters, { typos, filter: false })
    matches.select('opportunities.id').limit(SEARCH_CAP + 1)
    const promoted = featured.select('opportunities.id').toSQL()
    // UNION, not OR: PostgreSQL then looks the ids up by primary key instead of scanning.
    query
      .withMaterialized('matches', matches)
      .whereRaw(
        `opportunities.id IN ((SELECT id FROM matches LIMIT ${SEARCH_CAP}) UNION (${promoted.sql}))`,
        promoted.bindings as never
      )
      .select(db.raw('(SELECT count(*) FROM matches) AS total_matches'))
    const rows = await this.forCards(query).forPage(currentPage, perPage)
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

  /** A card's columns, its sector ids and its organisation (attachCardRelations reads them). */
  private forCards(query: Awaited<ReturnType<SearchOpportunities['query']>>['query']) {
    return query
      .select(CARD_COLUMNS.map((column) => `opportunities.${column}`))
      .select(db.raw(SECTOR_IDS), db.raw(CARD_ORGANISATION_JSON))
  }

  /**
   * The filtered, sorted query without pagination (also what EXPLAIN checks in tests).
   * `featured`: the featured matches only, their text checked row by row (rowByRow).
   */
  async query(
    filters: OpportunitySearchFilters,
    {
      typos = true,
      order = true,
      filter = true,
      featured = false,
    }: { typos?: boolean; order?: boolean; filter?: boolean; featured?: boolean } = {}
  ) {
    const query = Opportunity.query().withScopes((scopes) => scopes.published())
    const words = searchWords(filters.q)

    if (filter) await this.filter(query, filters, words, { typos, featured })
    if (featured) query.whereNotNull('opportunities.featured_until')

    const sort = filters.sort ?? (words.length ? 'relevance' : 'newest')
    if (!order) return { query, sort }
    query.orderByRaw(FEATURED_FIRST)
    switch (sort) {
      case 'relevance': {
        const list = words.length ? words : ['']
        if (typos && words.length) {
          query.orderByRaw(relevanceOrder(['?', '?', '?', '?']), [list, list, list, list])
        } else {
          query.orderByRaw(relevanceOrder(['?', '?']), [list, list])
        }
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
    { typos, featured }: { typos: boolean; featured: boolean }
  ) {
    if (words.length) {
      // Prefix match on every word (websearch-like AND); with typos, each word may also be
      // one of its close spellings (typoMatch finds the prefix matches too).
      const test = featured ? rowByRow : viaIndex
      const match = typos ? typoMatch('?', test) : prefixMatch('?', test)
      query.where((group) => group.whereRaw(match, [words]))
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
