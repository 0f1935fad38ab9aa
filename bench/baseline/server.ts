/**
 * The baseline for `npm run bench`: a minimal Fastify + pg server that runs exactly the
 * SQL Most runs for browse, search, detail and the public API (copied from Most's query
 * log; tests/functional/system/query_counts.spec.ts pins how many there are) and answers
 * with the same JSON shape. No session, CSRF, auth, validation or i18n: it is what the
 * database and JSON alone cost. Usage: node --import=@poppinss/ts-exec bench/baseline/server.ts
 * (PORT, DB_* from the environment).
 */
import Fastify from 'fastify'
import pg from 'pg'
import { detailSql, ESTIMATE_TRUSTED_ABOVE, similarSql } from '../../app/services/listing_sql.js'
import { badgeDays } from '../../app/enums/organisation.js'
import { opportunityStages, opportunityTypes, searchSorts } from '../../app/enums/opportunity.js'
import {
  CARD_COLUMNS,
  cardColumns,
  searchSql,
  textSearchSql,
  SEARCH_CAP,
  type Filters,
} from './sql.js'

const PER_PAGE = 20
const pool = new pg.Pool({
  host: process.env.DB_HOST ?? '127.0.0.1',
  port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USER ?? 'most',
  password: process.env.DB_PASSWORD ?? 'most',
  database: process.env.DB_DATABASE ?? 'most_bench',
  max: 10, // as Most's Lucid pool
})

type Row = Record<string, any>
const query = async (sql: string, bindings: unknown[] = []) =>
  (await pool.query(sql, bindings)).rows as Row[]

/** Reference data, read once per process as Most's ReferenceData does (same SQL). */
const countries = await query(
  'select * from "countries" order by "is_listing_region" desc, "name_en" asc'
)
const municipalities = await query('select * from "municipalities" order by "name_sr_latn" asc')
const sectors = await query('select * from "sectors" order by "position" asc')

const sectorsOf = (listing: Row) =>
  sectors.filter((sector) => (listing.sector_ids as number[]).includes(sector.id))
const municipalityOf = (id: number) => municipalities.find((m) => m.id === id)

const camel = (name: string) => name.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase())
const pick = (row: Row, columns: string[]) =>
  Object.fromEntries(columns.map((column) => [camel(column), row[column]]))
const iso = (value: Date | null) => (value ? value.toISOString() : null)

const municipalityJson = (row: Row) =>
  pick(row, [
    'id',
    'country_id',
    'slug',
    'name_en',
    'name_sr_latn',
    'name_sr_cyrl',
    'district',
    'latitude',
    'longitude',
  ])
const sectorJson = (row: Row) =>
  pick(row, ['id', 'slug', 'name_en', 'name_sr_latn', 'name_sr_cyrl'])
const countryJson = (row: Row) =>
  pick(row, ['id', 'code', 'name_en', 'name_sr_latn', 'name_sr_cyrl'])

/** The card columns the transformer passes on as they are (the rest are dates and relations). */
const CARD_PLAIN_COLUMNS = CARD_COLUMNS.filter(
  (column) =>
    !column.endsWith('_id') &&
    !['published_at', 'confirmed_at', 'featured_until'].includes(column) &&
    !column.startsWith('cover_image')
)

/** An opportunity card (what OpportunityTransformer.toObject gives). */
function cardJson(
  row: Row,
  relations: { municipality?: Row; sectors?: Row[]; organisation?: Row }
) {
  const confirmedAt: Date | null = row.confirmed_at
  return {
    ...pick(row, CARD_PLAIN_COLUMNS),
    publishedAt: iso(row.published_at),
    confirmedAt: iso(confirmedAt),
    daysSinceConfirmed: confirmedAt
      ? Math.max(0, Math.floor((Date.now() - confirmedAt.getTime()) / 86_400_000))
      : null,
    featuredUntil: iso(row.featured_until ?? null),
    featured: row.featured_until !== null && row.featured_until !== undefined,
    coverImageUrl: row.cover_image_path ? `/opportunities/${row.slug}/cover` : null,
    // Most's imageSources(): the cover and its WebP variants (card, page) with their sizes.
    coverImage: row.cover_image_path
      ? {
          url: `/opportunities/${row.slug}/cover`,
          ...Object.fromEntries(
            (['card', 'page'] as const).map((name) => {
              const variant = row.cover_image_variants?.[name]
              return [
                name,
                variant
                  ? {
                      url: `/opportunities/${row.slug}/cover?variant=${name}`,
                      width: variant.width,
                      height: variant.height,
                    }
                  : null,
              ]
            })
          ),
        }
      : null,
    municipality: relations.municipality ? municipalityJson(relations.municipality) : undefined,
    sectors: relations.sectors?.map(sectorJson),
    organisation: relations.organisation
      ? {
          name: relations.organisation.name,
          slug: relations.organisation.slug,
          kind: relations.organisation.kind,
        }
      : undefined,
  }
}

function filtersFrom(qs: Record<string, string | string[] | undefined>): Filters {
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
  const sector = qs.sector === undefined ? [] : [qs.sector].flat().flatMap((v) => v.split(','))
  return {
    q: one(qs.q),
    sector: sector.filter(Boolean),
    country: one(qs.country)?.toUpperCase(),
    ticketMin: qs.ticket_min === undefined ? undefined : Number(one(qs.ticket_min)),
    sort: one(qs.sort),
    page: Number(one(qs.page) ?? 1),
  }
}

/** The page's rows and the (capped) total, as Most's SearchOpportunities gets them. */
async function pageRows(filters: Filters) {
  const reference = { countries, municipalities, sectors }
  const offset = (filters.page - 1) * PER_PAGE
  const words = (filters.q?.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8)
  if (words.length) {
    // Text search: one statement with the capped count; again with typos when it finds
    // less than a page (then the count alone if the page is past the end: not benchmarked).
    let result: { rows: Row[]; total: number; sort: string } | undefined
    for (const typos of [false, true]) {
      const { text, values, sort } = textSearchSql(filters, reference, typos)
      const rows = await query(
        `${text} limit $${values.length + 1}${offset ? ` offset $${values.length + 2}` : ''}`,
        offset ? [...values, PER_PAGE, offset] : [...values, PER_PAGE]
      )
      result = { rows, total: Number(rows[0]?.total_matches ?? 0), sort }
      if (result.total >= PER_PAGE) break
    }
    return { ...result!, capped: result!.total > SEARCH_CAP }
  }
  // The page, and beside it the planner's estimate; the capped count only for few matches.
  const { where, countBindings, orderBy, bindings, sort } = searchSql(filters, reference)
  const matches = `select "opportunities"."id" from "opportunities" where ${where}`
  const [rows, [plan]] = await Promise.all([
    query(
      `select ${cardColumns} from "opportunities" where ${where} order by ${orderBy} limit $${bindings.length + 1}${offset ? ` offset $${bindings.length + 2}` : ''}`,
      offset ? [...bindings, PER_PAGE, offset] : [...bindings, PER_PAGE]
    ),
    query(`EXPLAIN (FORMAT JSON) ${matches}`, countBindings),
  ])
  let total = offset + rows.length
  if (!(rows.length < PER_PAGE && total > 0)) {
    total =
      Number(plan['QUERY PLAN'][0].Plan['Plan Rows']) >= ESTIMATE_TRUSTED_ABOVE
        ? SEARCH_CAP + 1
        : Number(
            (
              await query(
                `SELECT count(*) AS total FROM (${matches} LIMIT ${SEARCH_CAP + 1}) AS matches`,
                countBindings
              )
            )[0].total
          )
  }
  return { rows, total, sort, capped: total > SEARCH_CAP }
}

/**
 * Count and page (or one text-search statement); organisation from its JSON column,
 * municipality and sectors from memory (Most's attachCardRelations).
 */
async function search(filters: Filters) {
  const { rows, total, sort, capped } = await pageRows(filters)
  const data = rows.map((row) =>
    cardJson(row, {
      municipality: municipalityOf(row.municipality_id),
      organisation: row.organisation_json ?? undefined,
      sectors: sectorsOf(row),
    })
  )
  // "Usually answers within N days", from the figures each card's organisation carries.
  const badges: Record<number, number> = {}
  for (const row of rows) {
    const organisation = row.organisation_json as Row | null
    const days = organisation
      ? badgeDays(organisation.response_answered_pct, organisation.response_median_hours)
      : null
    if (days) badges[row.id] = days
  }
  const count = capped ? SEARCH_CAP : total
  const lastPage = Math.max(1, Math.ceil(count / PER_PAGE))
  const url = (page: number) => `/?page=${page}`
  return {
    sort,
    badges,
    results: {
      data,
      metadata: {
        total: count,
        perPage: PER_PAGE,
        currentPage: filters.page,
        lastPage,
        firstPage: 1,
        firstPageUrl: url(1),
        lastPageUrl: url(lastPage),
        nextPageUrl: filters.page < lastPage ? url(filters.page + 1) : null,
        previousPageUrl: filters.page > 1 ? url(filters.page - 1) : null,
        totalCapped: capped,
      },
    },
  }
}

/** The envelope of an Inertia JSON response, with the props every page shares. */
function inertiaPage(component: string, url: string, props: Record<string, unknown>) {
  return {
    component,
    url,
    version: 'baseline',
    props: {
      user: null,
      locale: 'en',
      errors: {},
      flash: { success: null, error: null },
      ...props,
    },
    deferredProps: {},
    mergeProps: [],
    deepMergeProps: [],
    prependProps: [],
    matchPropsOn: [],
    // The message catalogue, which the browser already holds and so is not sent (Most's once prop).
    onceProps: { 'messages:en': { prop: 'messages', expiresAt: null } },
    scrollProps: {},
    rescuedProps: [],
    sharedProps: ['errors', 'flash', 'user', 'locale'],
  }
}

const districts = [...new Set(municipalities.map((row) => row.district).filter(Boolean))].sort(
  (a, b) => a.localeCompare(b, 'sr-Latn')
)

const app = Fastify({ logger: false })

app.get('/opportunities', async (request) => {
  const qs = request.query as Record<string, string>
  const filters = filtersFrom(qs)
  const { sort, results, badges } = await search(filters)
  return inertiaPage('opportunities/index', request.url, {
    results,
    badges,
    matches: {}, // an investor's fit per card; nobody is logged in here
    filters: Object.fromEntries(
      Object.entries({ ...qs, sector: filters.sector.length ? filters.sector : undefined })
    ),
    filterErrors: [],
    sort,
    view: 'list',
    sectors: sectors.map(sectorJson),
    countries: countries.filter((row) => row.is_listing_region).map(countryJson),
    municipalities: municipalities.map(municipalityJson),
    options: {
      districts,
      types: opportunityTypes,
      stages: opportunityStages,
      sorts: searchSorts,
    },
    map: {
      tileUrl: process.env.MAP_TILE_URL ?? null,
      attribution: process.env.MAP_ATTRIBUTION ?? null,
    },
  })
})

app.get('/api/v1/opportunities', async (request) => {
  const { results } = await search(filtersFrom(request.query as Record<string, string>))
  return results
})

/** Views in memory, written every 5 s in one UPDATE (Most's ViewCounter). */
const pendingViews = new Map<number, number>()
let viewTimer: NodeJS.Timeout | undefined
function countView(id: number) {
  pendingViews.set(id, (pendingViews.get(id) ?? 0) + 1)
  viewTimer ??= setTimeout(() => {
    viewTimer = undefined
    const ids = [...pendingViews.keys()]
    const counts = [...pendingViews.values()]
    pendingViews.clear()
    void query(
      `UPDATE opportunities SET views_count = views_count + views.count
         FROM unnest($1::int[], $2::int[]) AS views(id, count)
         WHERE opportunities.id = views.id`,
      [ids, counts]
    )
  }, 5_000)
}

/**
 * One listing: the same two queries as Most's detail page for an anonymous visitor (the
 * listing with its organisation, incentives and documents, then similar listings;
 * municipalities and sectors from the reference data in memory, views in batches, as
 * Most does).
 */
app.get('/opportunities/:slug', async (request, reply) => {
  const { slug } = request.params as { slug: string }
  const [row] = await query(detailSql('$1'), [slug])
  if (!row || row.status !== 'published') return reply.code(404).send({})
  const organisation = row.organisation_json as Row
  const incentives = row.incentives_json as Row[]
  const documents = row.documents_json as Row[]
  countView(row.id)
  const similarRows = await query(similarSql('$1', '$2', '$3'), [
    row.id,
    row.municipality_id,
    row.sector_ids,
  ])
  // Its answered public questions (Most's ListQuestions for a visitor; askers only when any).
  const questions = await query(
    `select * from "opportunity_questions" where "opportunity_id" = $1 and "hidden_at" is null and (("visibility" = $2 and "answered_at" is not null)) order by "created_at" desc limit $3`,
    [row.id, 'public', 100]
  )
  const municipality = municipalityOf(row.municipality_id)
  const sectorRows = sectorsOf(row)
  return inertiaPage('opportunities/show', request.url, {
    match: null,
    viewer: {
      loggedIn: false,
      isInvestor: false,
      isOwnPartner: false,
      saved: false,
      ndaAccepted: false,
      clubMember: false,
      interest: null,
      nda: null,
    },
    questions: questions.map((question) =>
      pick(question, ['id', 'body', 'answer', 'answered_at', 'created_at'])
    ),
    opportunity: {
      ...cardJson(row, { municipality, organisation, sectors: sectorRows }),
      ...pick(row, [
        'description_en',
        'description_sr',
        'timeline',
        'site',
        'contact_name',
        'views_count',
        'saves_count',
      ]),
      incentives: incentives.map((incentive) => ({
        ...pick(incentive, ['id', 'kind', 'amount_eur', 'conditions']),
        percentage: incentive.percentage === null ? null : Number(incentive.percentage),
      })),
      documents: documents.map((document) => ({
        ...pick(document, ['id', 'kind', 'title', 'file_name', 'mime_type', 'size_bytes']),
        url: `/documents/${document.id}`,
      })),
    },
    similar: similarRows.map((similar) =>
      cardJson(similar, {
        municipality: municipalityOf(similar.municipality_id),
        sectors: sectorsOf(similar),
      })
    ),
  })
})

const port = Number(process.env.PORT ?? 3452)
await app.listen({ port, host: '127.0.0.1' })
console.log(`baseline listening on ${port}`)
const stop = async () => {
  await app.close()
  await pool.end()
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
