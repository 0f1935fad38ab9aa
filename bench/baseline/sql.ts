/**
 * The SQL Most's SearchOpportunities sends for the filters the benchmark uses: the same
 * text fragments (app/services/listing_sql.ts, plain strings without framework imports),
 * put together as Lucid does (checked against Most's query log): the baseline server runs
 * it, and bench/run.ts EXPLAINs it.
 */
import * as listingSql from '../../app/services/listing_sql.js'

export const { CARD_COLUMNS, SEARCH_CAP, SECTOR_IDS } = listingSql

type Row = Record<string, any>

export interface Filters {
  q?: string
  sector: string[]
  country?: string
  ticketMin?: number
  sort?: string
  page: number
}

/** The result card's columns as Lucid lists them, with sector ids and organisation. */
export const cardColumns = `${listingSql.CARD_COLUMNS.map((column) => `"opportunities"."${column}"`).join(', ')}, ${listingSql.SECTOR_IDS}, ${listingSql.CARD_ORGANISATION_JSON}`

export const placeholders = (from: number, count: number) =>
  Array.from({ length: count }, (_, index) => `$${from + index}`).join(', ')

type Reference = Record<'countries' | 'municipalities' | 'sectors', Row[]>

/**
 * The WHERE Most's SearchOpportunities builds for these filters, placeholders from $from;
 * `test` is how the text is matched (rowByRow for the featured matches).
 */
function whereFor(
  filters: Filters,
  { countries, municipalities, sectors }: Reference,
  typos: boolean,
  from = 1,
  test = listingSql.viaIndex
) {
  const bindings: unknown[] = ['published']
  const at = () => from + bindings.length - 1
  let where = `"opportunities"."status" = $${at()}`
  const words = (filters.q?.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8)
  if (words.length) {
    bindings.push(words)
    where += ` and (${(typos ? listingSql.typoMatch : listingSql.prefixMatch)(`$${at()}`, test)})`
  }
  if (filters.sector.length) {
    const ids = sectors.filter((row) => filters.sector.includes(row.slug)).map((row) => row.id)
    where += ` and exists (select * from "opportunity_sectors" where "opportunity_sectors"."opportunity_id" = "opportunities"."id" and "opportunity_sectors"."sector_id" in (${placeholders(at() + 1, ids.length)}))`
    bindings.push(...ids)
  }
  if (filters.country) {
    const country = countries.find((row) => row.code === filters.country)
    const ids = municipalities.filter((row) => row.country_id === country?.id).map((row) => row.id)
    where += ` and "opportunities"."municipality_id" in (${placeholders(at() + 1, ids.length)})`
    bindings.push(...ids)
  }
  if (filters.ticketMin !== undefined) {
    bindings.push(filters.ticketMin)
    where += ` and "opportunities"."min_ticket_eur" >= $${at()}`
  }
  return { where, bindings, words }
}

/** The ORDER BY, placeholders from $from. */
function orderFor(filters: Filters, words: string[], from: number, typos: boolean) {
  const bindings: unknown[] = []
  let orderBy: string
  const sort = filters.sort ?? (words.length ? 'relevance' : 'newest')
  // Featured listings first, whatever the sort.
  const featured = listingSql.FEATURED_FIRST
  if (sort === 'relevance') {
    const list = words.length ? words : ['']
    const relevance =
      typos && words.length
        ? listingSql.relevanceOrder([`$${from}`, `$${from + 1}`, `$${from + 2}`, `$${from + 3}`])
        : listingSql.relevanceOrder([`$${from}`, `$${from + 1}`])
    bindings.push(...Array(typos && words.length ? 4 : 2).fill(list))
    orderBy = `${featured}, ${relevance}, "opportunities"."id" desc`
  } else if (sort === 'largest') {
    orderBy = `${featured}, "opportunities"."total_size_eur" desc, "opportunities"."id" desc`
  } else {
    orderBy = `${featured}, "opportunities"."published_at" desc, "opportunities"."id" desc`
  }
  return { orderBy, bindings, sort }
}

/** Browse without words: the count of at most SEARCH_CAP + 1 matches, and the page (side by side). */
export function searchSql(filters: Filters, reference: Reference) {
  const { where, bindings, words } = whereFor(filters, reference, true)
  const order = orderFor(filters, words, bindings.length + 1, true)
  return {
    where,
    countBindings: bindings,
    orderBy: order.orderBy,
    bindings: [...bindings, ...order.bindings],
    sort: order.sort,
  }
}

/**
 * A text search (Most's SearchOpportunities.rankedPage): one statement. The matches,
 * at most SEARCH_CAP + 1, are a materialized CTE that gives the count; the page ranks
 * the first SEARCH_CAP of them plus every featured match. Without typos first; Most
 * repeats it with typos when it finds less than a page. Add LIMIT (and OFFSET).
 */
export function textSearchSql(filters: Filters, reference: Reference, typos: boolean) {
  const matches = whereFor(filters, reference, typos, 1)
  const values: unknown[] = [...matches.bindings, listingSql.SEARCH_CAP + 1, 'published']
  const featured = whereFor(filters, reference, typos, values.length + 1, listingSql.rowByRow)
  values.push(...featured.bindings)
  const order = orderFor(filters, matches.words, values.length + 1, typos)
  values.push(...order.bindings)
  const text = `with "matches" as materialized (select "opportunities"."id" from "opportunities" where ${matches.where} limit $${matches.bindings.length + 1}) select (SELECT count(*) FROM matches) AS total_matches, ${cardColumns} from "opportunities" where "opportunities"."status" = $${matches.bindings.length + 2} and opportunities.id IN ((SELECT id FROM matches LIMIT ${listingSql.SEARCH_CAP}) UNION (select "opportunities"."id" from "opportunities" where ${featured.where} and "opportunities"."featured_until" is not null)) order by ${order.orderBy}`
  return { text, values, sort: order.sort }
}
