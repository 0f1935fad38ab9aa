/**
 * The SQL Most's SearchOpportunities sends for the filters the benchmark uses, copied
 * from Most's query log: the baseline server runs it, and bench/run.ts EXPLAINs it.
 */
type Row = Record<string, any>

export interface Filters {
  q?: string
  sector: string[]
  country?: string
  ticketMin?: number
  sort?: string
  page: number
}

/** The result card's columns (Most's CARD_COLUMNS), as Lucid lists them. */
export const cardColumns = [
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
]
  .map((column) => `"opportunities"."${column}"`)
  .join(', ')

export const placeholders = (from: number, count: number) =>
  Array.from({ length: count }, (_, index) => `$${from + index}`).join(', ')

/** The WHERE and ORDER BY Most's SearchOpportunities builds for these filters. */
export function searchSql(
  filters: Filters,
  { countries, municipalities, sectors }: Record<'countries' | 'municipalities' | 'sectors', Row[]>
) {
  const bindings: unknown[] = ['published']
  let where = `"opportunities"."status" = $1`
  const words = (filters.q?.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8)
  if (words.length) {
    bindings.push(words, words.join(' '))
    where += ` and (opportunities.search_document @@ to_tsquery('simple', (
              SELECT string_agg(most_normalize(word) || ':*', ' & ') FROM unnest($${bindings.length - 1}::text[]) AS word)) or most_normalize($${bindings.length}) <% opportunities.search_text)`
  }
  if (filters.sector.length) {
    const ids = sectors.filter((row) => filters.sector.includes(row.slug)).map((row) => row.id)
    where += ` and exists (select * from "opportunity_sectors" where "opportunity_sectors"."opportunity_id" = "opportunities"."id" and "opportunity_sectors"."sector_id" in (${placeholders(bindings.length + 1, ids.length)}))`
    bindings.push(...ids)
  }
  if (filters.country) {
    const country = countries.find((row) => row.code === filters.country)
    const ids = municipalities.filter((row) => row.country_id === country?.id).map((row) => row.id)
    where += ` and "opportunities"."municipality_id" in (${placeholders(bindings.length + 1, ids.length)})`
    bindings.push(...ids)
  }
  if (filters.ticketMin !== undefined) {
    bindings.push(filters.ticketMin)
    where += ` and "opportunities"."min_ticket_eur" >= $${bindings.length}`
  }
  const countBindings = [...bindings]
  let orderBy: string
  const sort = filters.sort ?? (words.length ? 'relevance' : 'newest')
  // Featured listings first, whatever the sort.
  const featured = '(opportunities.featured_until IS NOT NULL) DESC'
  if (sort === 'relevance') {
    const list = words.length ? words : ['']
    bindings.push(list, list, list, words.join(' '))
    const at = bindings.length
    orderBy = `${featured}, ts_rank(opportunities.search_document, to_tsquery('simple', (
             SELECT string_agg(most_normalize(word) || ':*', ' | ') FROM unnest($${at - 3}::text[]) AS word)))
           + ts_rank(opportunities.search_document, to_tsquery('simple', (
             SELECT string_agg(most_normalize(word), ' | ') FROM unnest($${at - 2}::text[]) AS word)))
           + CASE WHEN opportunities.search_document @@ to_tsquery('simple', (
               SELECT string_agg(most_normalize(word) || ':*', ' & ') FROM unnest($${at - 1}::text[]) AS word))
             THEN 1 ELSE word_similarity(most_normalize($${at}), opportunities.search_text) END DESC, "opportunities"."id" desc`
  } else if (sort === 'largest') {
    orderBy = `${featured}, "opportunities"."total_size_eur" desc, "opportunities"."id" desc`
  } else {
    orderBy = `${featured}, "opportunities"."published_at" desc, "opportunities"."id" desc`
  }
  return { where, countBindings, orderBy, bindings, sort }
}
