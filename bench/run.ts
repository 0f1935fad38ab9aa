/**
 * The measuring half of `npm run bench` (bench/run.sh starts the servers first): autocannon
 * against Most's production build and the Fastify + pg baseline running the same SQL (and a
 * raw node:http ceiling), tails at a fixed rate, two web processes against one, Redis
 * against database sessions, server time per endpoint at every data size, bytes on the
 * wire, EXPLAIN ANALYZE of the search SQL and the e-mail job rate. Prints a table and
 * rewrites the generated part of bench/RESULTS.md.
 */
import { spawn } from 'node:child_process'
import { request as httpRequest } from 'node:http'
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import pg from 'pg'
import { textSearchSql, SEARCH_CAP } from './baseline/sql.js'

const env = process.env
const MOST = env.MOST_URL ?? 'http://127.0.0.1:3450'
const MOST_REDIS = env.MOST_REDIS_URL ?? 'http://127.0.0.1:3454'
const MOST_SECOND = env.MOST_SECOND_URL ?? 'http://127.0.0.1:3455'
const BASELINE = env.BASELINE_URL ?? 'http://127.0.0.1:3452'
const CEILING = env.CEILING_URL ?? 'http://127.0.0.1:3453'
const BUILD_DIR = env.BUILD_DIR ?? 'tmp/bench/build'
const DURATION = Number(env.BENCH_DURATION ?? 10)
const WARMUP = Number(env.BENCH_WARMUP ?? 2)
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 50)
const MAIN_SIZE = Number(env.BENCH_MAIN_SIZE ?? 100000)
const BENCH_DB = env.BENCH_DB ?? 'most_bench'
// "10000=http://127.0.0.1:3456 100000=http://127.0.0.1:3451 …": a SERVER_TIMING process per size.
const TIMING = (
  env.BENCH_TIMING_URLS ?? `${MAIN_SIZE}=${env.MOST_TIMING_URL ?? 'http://127.0.0.1:3451'}`
)
  .split(/\s+/)
  .filter(Boolean)
  .map((entry) => {
    const [size, url] = entry.split('=')
    return { size: Number(size), url }
  })
const STAFF = { email: 'milica.staff@most.demo', password: 'most-demo-2026' }
const RESULTS = new URL('./RESULTS.md', import.meta.url)
// `npm run bench -- --only detail`: load one endpoint (Most and baseline back to back) and
// stop, leaving RESULTS.md alone: for checking one change without the full run.
const ONLY = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : null
const started = Date.now()

type Client = InstanceType<typeof pg.Client>
const label = (size: number) =>
  size >= 1_000_000 ? `${size / 1_000_000}m` : size >= 1000 ? `${size / 1000}k` : String(size)
const connect = async (database: string) => {
  const client = new pg.Client({
    host: env.DB_HOST ?? '127.0.0.1',
    port: Number(env.DB_PORT ?? 5432),
    user: env.DB_USER ?? 'most',
    password: env.DB_PASSWORD ?? 'most',
    database,
  })
  await client.connect()
  return client
}
const database = await connect(env.DB_DATABASE ?? `${BENCH_DB}_${label(MAIN_SIZE)}`)

const log = (line: string) => console.log(`[bench] ${line}`)
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const round = (value: number, digits = 1) => Number(value.toFixed(digits))
const kb = (bytes: number) => round(bytes / 1024)

/** A minimal cookie jar: the browser's behaviour for one visitor. */
class Cookies {
  values = new Map<string, string>()
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const at = pair.indexOf('=')
      this.values.set(pair.slice(0, at), pair.slice(at + 1))
    }
  }
  get header() {
    return [...this.values].map(([name, value]) => `${name}=${value}`).join('; ')
  }
}

// 1. A visitor's first HTML page gives the Inertia version (and no cookie: anonymous
//    browsing needs no session); the Inertia requests that follow carry what a browser's would.
const visitor = new Cookies()
const firstPage = await fetch(`${MOST}/opportunities`)
visitor.take(firstPage)
const html = await firstPage.text()
const pageJson = html.match(/<script data-page="app" type="application\/json">(.*?)<\/script>/s)
if (!pageJson) throw new Error('No Inertia page in the HTML of /opportunities')
const firstPageObject = JSON.parse(pageJson[1])
const version: string = firstPageObject.version
// What the browser keeps from its first page (the message catalogue, an Inertia "once"
// prop) and names on every later visit, so the server does not send it again.
const onceKeys = Object.keys(firstPageObject.onceProps ?? {}).join(',')
const inertiaHeaders = (cookies: Cookies) => ({
  'x-inertia': 'true',
  'x-inertia-version': version,
  ...(onceKeys ? { 'x-inertia-except-once-props': onceKeys } : {}),
  'accept': 'text/html, application/xhtml+xml',
  ...(cookies.values.size ? { cookie: cookies.header } : {}),
})

/** A staff member logs in at this server (CSRF token from the XSRF-TOKEN cookie, like Inertia's client). */
async function staffAt(origin: string) {
  const staff = new Cookies()
  staff.take(await fetch(`${origin}/login`))
  const login = await fetch(`${origin}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      ...inertiaHeaders(staff),
      'content-type': 'application/json',
      'x-xsrf-token': decodeURIComponent(staff.values.get('XSRF-TOKEN') ?? ''),
    },
    body: JSON.stringify(STAFF),
  })
  staff.take(login)
  if (![302, 303].includes(login.status)) throw new Error(`Staff login answered ${login.status}`)
  return staff
}
const staffMost = await staffAt(MOST)
const staffRedis = await staffAt(MOST_REDIS)

/** Listings for the detail page, visited in turn (one hot row would measure lock waits). */
async function detailSlugs(client: Client) {
  const { rows } = await client.query(
    `SELECT slug FROM opportunities WHERE status = 'published' AND slug LIKE 'synthetic-%'
     ORDER BY id LIMIT 200 OFFSET 5000`
  )
  const slugs = rows.map((row) => String(row.slug))
  if (slugs.length < 200) throw new Error('The bench database holds too few synthetic listings')
  return slugs
}
const slugs = await detailSlugs(database)

interface Endpoint {
  key: string
  label: string
  path: string
  paths?: string[]
  headers: () => Record<string, string>
  baseline: boolean
  /** Redis sessions measured too (pages that read a session). */
  redis?: boolean
  /** Tails measured at a fixed rate. */
  tails?: boolean
  /** The full HTML page (rendered on the server) instead of Inertia's JSON. */
  html?: boolean
}
const endpointsFor = (slugList: string[], staff: Cookies): Endpoint[] => [
  {
    key: 'browse',
    label: '1 Browse, sector + country (Inertia JSON)',
    path: '/opportunities?sector=energy&country=RS',
    headers: () => inertiaHeaders(visitor),
    baseline: true,
    tails: true,
  },
  {
    key: 'search_latin',
    label: '2a Search "hladnjaca" (Inertia JSON)',
    path: '/opportunities?q=hladnjaca',
    headers: () => inertiaHeaders(visitor),
    baseline: true,
    tails: true,
  },
  {
    key: 'search_cyrillic',
    label: '2b Search "хладњача" (Inertia JSON)',
    path: `/opportunities?q=${encodeURIComponent('хладњача')}`,
    headers: () => inertiaHeaders(visitor),
    baseline: true,
  },
  {
    key: 'search_typo',
    label: '2c Search with a typo "hladnjca" (Inertia JSON)',
    path: '/opportunities?q=hladnjca',
    headers: () => inertiaHeaders(visitor),
    baseline: true,
  },
  {
    key: 'detail',
    label: '3 Detail page, 200 listings in turn (Inertia JSON)',
    path: `/opportunities/${slugList[0]}`,
    paths: slugList.map((slug) => `/opportunities/${slug}`),
    headers: () => inertiaHeaders(visitor),
    baseline: true,
    tails: true,
  },
  {
    // What a first visit, a search engine or a link preview costs: the page rendered on
    // the server (SSR). Its ratio to the baseline's JSON of the same listing is that cost.
    key: 'detail_html',
    label: '3b Detail page, full HTML rendered on the server, 200 listings in turn',
    path: `/opportunities/${slugList[0]}`,
    paths: slugList.map((slug) => `/opportunities/${slug}`),
    headers: () => ({ accept: 'text/html', cookie: visitor.header }),
    baseline: true,
    html: true,
  },
  {
    key: 'api',
    label: '4 GET /api/v1/opportunities, 2 sectors + ticket + sort',
    path: '/api/v1/opportunities?sector=energy,ict&ticket_min=100000&sort=largest',
    headers: () => ({ accept: 'application/json' }),
    baseline: true,
    tails: true,
  },
  {
    key: 'kanban',
    label: '5 Kanban /crm/pipeline, staff (Inertia JSON)',
    path: '/crm/pipeline',
    headers: () => inertiaHeaders(staff),
    baseline: false,
    redis: true,
  },
  {
    key: 'health',
    label: '6 GET /health',
    path: '/health',
    headers: () => ({}),
    baseline: false,
  },
]
const endpoints = endpointsFor(slugs, staffMost)

// 2. Same answers: status 200 everywhere and the baseline's JSON has Most's shape.
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? [shape(value[0])] : []
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map((key) => [key, shape((value as Record<string, unknown>)[key])])
    )
  }
  return null
}
const selected = ONLY ? endpoints.filter((endpoint) => endpoint.key === ONLY) : endpoints
if (!selected.length)
  throw new Error(`No endpoint ${ONLY}: ${endpoints.map((e) => e.key).join(', ')}`)
const shapes: Record<string, string> = {}
for (const endpoint of selected) {
  const response = await fetch(`${MOST}${endpoint.path}`, { headers: endpoint.headers() })
  if (response.status !== 200) throw new Error(`${endpoint.path} answered ${response.status}`)
  if (endpoint.html) {
    if (!(await response.text()).includes('data-server-rendered="true"')) {
      throw new Error(`${endpoint.path} was not rendered on the server`)
    }
    continue
  }
  const body = (await response.json()) as Record<string, unknown>
  if (endpoint.key === 'kanban' && body.component !== 'deals/pipeline') {
    throw new Error('The kanban did not render for the logged-in staff member')
  }
  if (!endpoint.baseline) continue
  const base = (await (await fetch(`${BASELINE}${endpoint.path}`)).json()) as Record<
    string,
    unknown
  >
  const same =
    JSON.stringify(shape({ ...body, version: 0, url: 0 })) ===
    JSON.stringify(shape({ ...base, version: 0, url: 0 }))
  shapes[endpoint.key] = same ? 'same' : 'DIFFERENT'
  if (!same) log(`JSON shape differs for ${endpoint.path}`)
}

// 3. Load: warm-up, then the measured run, one target at a time.
interface Load {
  rps: number
  p50: number
  p99: number
  errors: number
}
/**
 * Waits until PostgreSQL runs nothing for the bench database. Requests autocannon gave up
 * on keep their queries running (and queued ones start new ones): after a short grace
 * those are cancelled, so they cannot slow down the next measurement.
 */
async function settle() {
  const since = Date.now()
  let quiet = 0
  while (quiet < 3 && Date.now() - since < 30_000) {
    const { rows } = await database.query(
      `SELECT count(*) AS active FROM pg_stat_activity
       WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`
    )
    quiet = Number(rows[0].active) === 0 ? quiet + 1 : 0
    if (quiet === 0 && Date.now() - since > 2_000) {
      await database.query(
        `SELECT pg_cancel_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function cannon(
  origin: string,
  endpoint: Endpoint,
  options: { connections?: number; duration: number; rate?: number; headers?: object }
) {
  let turn = 0
  const requests = endpoint.paths
    ? [{ setupRequest: (request: object) => ({ ...request, path: endpoint.paths![turn++ % 200] }) }]
    : undefined
  return autocannon({
    url: `${origin}${endpoint.path}`,
    connections: options.connections ?? CONNECTIONS,
    headers: { ...endpoint.headers(), ...options.headers },
    requests,
    duration: options.duration,
    overallRate: options.rate,
  })
}
const summary = (result: Awaited<ReturnType<typeof autocannon>>): Load => ({
  rps: Math.round(result.requests.average),
  p50: result.latency.p50,
  p99: result.latency.p99,
  errors: result.errors + result.timeouts + result.non2xx,
})

async function load(origin: string, endpoint: Endpoint, headers?: object): Promise<Load> {
  await cannon(origin, endpoint, { duration: WARMUP, headers })
  await settle()
  const result = await cannon(origin, endpoint, { duration: DURATION, headers })
  await settle()
  return summary(result)
}
const loadBefore = loadavg()[0]
const measured: Record<string, { most: Load; baseline?: Load; redis?: Load }> = {}
for (const endpoint of selected) {
  const most = await load(MOST, endpoint)
  const baseline = endpoint.baseline ? await load(BASELINE, endpoint) : undefined
  const redis =
    endpoint.redis && !ONLY
      ? await load(MOST_REDIS, endpoint, { cookie: staffRedis.header })
      : undefined
  measured[endpoint.key] = { most, baseline, redis }
  log(
    `${endpoint.label}: Most ${most.rps} req/s p50 ${most.p50} p99 ${most.p99} ms` +
      (baseline
        ? ` | baseline ${baseline.rps} req/s p50 ${baseline.p50} p99 ${baseline.p99} ms`
        : '') +
      (redis ? ` | Redis sessions ${redis.rps} req/s p50 ${redis.p50} p99 ${redis.p99} ms` : '')
  )
  if (ONLY && baseline) log(`Most ÷ baseline: ${round(most.rps / baseline.rps, 2)}`)
}
if (ONLY) {
  await database.end()
  process.exit(0)
}
const ceiling = await load(CEILING, {
  key: 'ceiling',
  label: 'node:http constant',
  path: '/',
  headers: () => ({}),
  baseline: false,
})
log(`node:http ceiling: ${ceiling.rps} req/s p50 ${ceiling.p50} p99 ${ceiling.p99} ms`)

// 4. Tails at a fixed rate: half of what the baseline saturated at, 10 connections (a
//    queue of 50 waiting requests says nothing about the server, only about the queue).
const tails: Record<string, Load & { rate: number }> = {}
for (const endpoint of endpoints.filter((each) => each.tails)) {
  const rate = Math.max(1, Math.round(measured[endpoint.key].baseline!.rps / 2))
  await cannon(MOST, endpoint, { duration: WARMUP, rate, connections: 10 })
  await settle()
  const result = summary(
    await cannon(MOST, endpoint, { duration: DURATION, rate, connections: 10 })
  )
  await settle()
  tails[endpoint.key] = { ...result, rate }
  log(`${endpoint.label} at ${rate} req/s: p50 ${result.p50} p99 ${result.p99} ms`)
}

// 5. Scale out: the detail page from two web processes (same database), load split
//    evenly, against one process with all the connections (measured just before).
const detail = endpoints.find((endpoint) => endpoint.key === 'detail')!
const single = await load(MOST, detail)
const halves = await Promise.all(
  [MOST, MOST_SECOND].map((origin) =>
    cannon(origin, detail, { duration: DURATION, connections: CONNECTIONS / 2 })
  )
)
await settle()
const scaleOut = { one: single.rps, two: halves.reduce((sum, half) => sum + summary(half).rps, 0) }
log(`Detail page, one process ${scaleOut.one} req/s, two processes ${scaleOut.two} req/s`)
const loadAfter = loadavg()[0]

// 6. Queries and server time per request at every data size, from the Server-Timing
//    header of a process started with SERVER_TIMING=true, 20 sequential requests each.
type Timing = { queries: number[]; p50: number; p95: number }
const perSize: Record<number, Record<string, Timing>> = {}
for (const { size, url } of TIMING) {
  const client = size === MAIN_SIZE ? database : await connect(`${BENCH_DB}_${label(size)}`)
  const list = endpointsFor(await detailSlugs(client), await staffAt(url))
  if (client !== database) await client.end()
  perSize[size] = {}
  for (const endpoint of list) {
    const durations: number[] = []
    const queries = new Set<number>()
    for (let index = 0; index < 22; index++) {
      const path = endpoint.paths ? endpoint.paths[index] : endpoint.path
      const response = await fetch(`${url}${path}`, { headers: endpoint.headers() })
      await response.arrayBuffer()
      const header = response.headers.get('server-timing') ?? ''
      const duration = Number(header.match(/app;dur=([\d.]+)/)?.[1])
      const count = Number(header.match(/queries=(\d+)/)?.[1])
      if (Number.isNaN(duration) || Number.isNaN(count))
        throw new Error(`No Server-Timing: ${path}`)
      if (index < 2) continue // the first requests of a process warm its caches
      durations.push(duration)
      queries.add(count)
    }
    perSize[size][endpoint.key] = {
      queries: [...queries].sort(),
      p50: round(percentile(durations, 50)),
      p95: round(percentile(durations, 95)),
    }
  }
  log(`server time at ${label(size)} listings measured`)
}
const perRequest = perSize[MAIN_SIZE]

// 7. The search SQL (exactly what Most sends) under EXPLAIN ANALYZE, 20 runs each after 2.
const reference = {
  countries: (await database.query('SELECT * FROM countries')).rows,
  municipalities: (await database.query('SELECT * FROM municipalities')).rows,
  sectors: (await database.query('SELECT * FROM sectors')).rows,
}
const explained: Record<
  string,
  { statements: number; first: number; second: number; both: number; total: number }
> = {}
// The benchmark's two queries (a frequent word), a selective two-word one and a typo
// (found only by the trigram fallback, Most's second statement).
const searchQueries = ['hladnjaca', 'хладњача']
for (const q of [...searchQueries, 'hotel kragujevac', 'hladnjca']) {
  const execution = async (text: string, values: unknown[]) => {
    const { rows } = await database.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, values)
    return rows[0]['QUERY PLAN'][0]['Execution Time'] as number
  }
  // What Most runs: the statement without typos, and with typos if it found less than a page.
  const plain = textSearchSql({ q, sector: [], page: 1 }, reference, false)
  const withTypos = textSearchSql({ q, sector: [], page: 1 }, reference, true)
  const totalOf = async (sql: typeof plain) =>
    Number((await database.query(`${sql.text} LIMIT 20`, sql.values)).rows[0]?.total_matches ?? 0)
  let total = await totalOf(plain)
  const statements = total < 20 ? [plain, withTypos] : [plain]
  if (statements.length === 2) total = await totalOf(withTypos)
  const firsts: number[] = []
  const seconds: number[] = []
  const both: number[] = []
  for (let run = 0; run < 22; run++) {
    const times = [] as number[]
    for (const sql of statements) times.push(await execution(`${sql.text} LIMIT 20`, sql.values))
    if (run < 2) continue
    firsts.push(times[0])
    seconds.push(times[1] ?? 0)
    both.push(times[0] + (times[1] ?? 0))
  }
  explained[q] = {
    statements: statements.length,
    first: round(percentile(firsts, 95)),
    second: round(percentile(seconds, 95)),
    both: round(percentile(both, 95)),
    total,
  }
}

// 8. Bytes on the wire, as served (Accept-Encoding of a browser): the browse page's HTML,
//    its scripts and styles, and each endpoint's JSON.
function transferred(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ wire: number; encoding: string }>((resolve, reject) => {
    const request = httpRequest(
      url,
      { headers: { 'accept-encoding': 'br, gzip, deflate', ...headers } },
      (response) => {
        let wire = 0
        response.on('data', (chunk: Buffer) => (wire += chunk.length))
        response.on('end', () =>
          resolve({ wire, encoding: String(response.headers['content-encoding'] ?? 'none') })
        )
        response.on('error', reject)
      }
    )
    request.on('error', reject)
    request.end()
  })
}
const assetFiles = new Set<string>()
const manifest: Record<string, { file: string; imports?: string[]; css?: string[] }> = JSON.parse(
  readFileSync(join(BUILD_DIR, 'public', 'assets/.vite/manifest.json'), 'utf8')
)
for (const [, url] of html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/assets\/[^"]+)"/g)) {
  assetFiles.add(url.replace(/^\//, ''))
}
const addChunk = (key: string) => {
  const chunk = manifest[key]
  if (!chunk || assetFiles.has(`assets/${chunk.file}`)) return
  assetFiles.add(`assets/${chunk.file}`)
  chunk.css?.forEach((css) => assetFiles.add(`assets/${css}`))
  chunk.imports?.forEach(addChunk)
}
addChunk('inertia/pages/opportunities/index.vue')
const wire = {
  html: await transferred(`${MOST}/opportunities`),
  htmlRaw: Buffer.byteLength(html),
  js: { wire: 0, raw: 0, files: 0, encodings: new Set<string>() },
  css: { wire: 0, raw: 0, files: 0, encodings: new Set<string>() },
  json: {} as Record<string, { wire: number; raw: number; encoding: string }>,
}
for (const file of assetFiles) {
  const kind = file.endsWith('.css') ? wire.css : wire.js
  const answer = await transferred(`${MOST}/${file}`)
  kind.wire += answer.wire
  kind.raw += readFileSync(join(BUILD_DIR, 'public', file)).length
  kind.files++
  kind.encodings.add(answer.encoding)
}
for (const endpoint of endpoints.filter((each) => each.baseline)) {
  const answer = await transferred(`${MOST}${endpoint.path}`, endpoint.headers())
  const raw = (
    await (await fetch(`${MOST}${endpoint.path}`, { headers: endpoint.headers() })).arrayBuffer()
  ).byteLength
  wire.json[endpoint.key] = { ...answer, raw }
}
const firstVisit = wire.html.wire + wire.js.wire + wire.css.wire

/** Runs one of the app's own ace commands from the build and reads its last line as JSON. */
async function aceJson(args: string[]) {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['ace.js', ...args, '--json'], {
      cwd: BUILD_DIR,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let printed = ''
    child.stdout.on('data', (chunk) => (printed += chunk))
    child.once('exit', (code) =>
      code === 0 ? resolve(printed) : reject(new Error(`${args[0]} exited ${code}`))
    )
  })
  return JSON.parse(output.trim().split('\n').pop()!)
}

// 9. The e-mail job with one real worker (the app's own `bench:jobs`), at the worker's own
// default concurrency, as production runs it.
const jobs = (await aceJson(['bench:jobs', '--count', '5000'])) as {
  jobs: number
  concurrency: number
  enqueuedPerSecond: number
  processedPerSecond: number
  workerCpuMsPerJob: number | null
  failed: number
}

// 9b. The match score at scale (the app's own `bench:matching`, 20,000 investors with profiles).
type MatchTiming = { median: number; min: number; max: number; rows: number }
const matching = (await aceJson(['bench:matching'])) as {
  investorsWithProfiles: number
  publishedListings: number
  runs: number
  listingAgainstInvestors: MatchTiming
  listingTopInvestors: MatchTiming
  investorAgainstListings: MatchTiming
}
const matchTiming = (t: MatchTiming) => `${t.median} ms (${t.min}–${t.max} ms)`

// 10. The report.
const versions = {
  node: process.version,
  postgres: (await database.query('SHOW server_version')).rows[0].server_version as string,
}
const countsAt = async (client: Client) =>
  Object.fromEntries(
    (
      await client.query(`SELECT
        (SELECT count(*) FROM opportunities WHERE status = 'published') AS opportunities,
        (SELECT count(*) FROM interests) AS interests,
        (SELECT count(*) FROM deals WHERE closed_at IS NULL) AS open_deals`)
    ).rows.flatMap((row: Record<string, unknown>) =>
      Object.entries(row).map(([key, value]) => [key, Number(value)])
    )
  )
const dataAt: Record<number, Record<string, number>> = {}
for (const { size } of TIMING) {
  const client = size === MAIN_SIZE ? database : await connect(`${BENCH_DB}_${label(size)}`)
  dataAt[size] = await countsAt(client)
  if (client !== database) await client.end()
}
await database.end()

const mark = (ok: boolean) => (ok ? 'met' : '**missed**')
const n = (value: number) => value.toLocaleString('en')
const rows: string[] = []
const verdicts: string[] = []
for (const endpoint of endpoints) {
  const { most, baseline } = measured[endpoint.key]
  const ratio = baseline?.rps ? most.rps / baseline.rps : undefined
  const timing = perRequest[endpoint.key]
  rows.push(
    `| ${endpoint.label} | ${most.rps} | ${most.p50} / ${most.p99} | ` +
      (baseline
        ? `${baseline.rps} | ${baseline.p50} / ${baseline.p99} | ${ratio?.toFixed(2) ?? '–'}`
        : '– | – | –') +
      ` | ${timing.queries.join('/')} | ${timing.p50} / ${timing.p95} | ${most.errors}${baseline ? ` / ${baseline.errors}` : ''} |`
  )
  if (baseline && !endpoint.html) {
    verdicts.push(
      `| ${endpoint.label}: ≥ 0.8 × baseline req/s | ${ratio?.toFixed(2) ?? '–'} × | ${ratio === undefined ? 'not measurable' : mark(ratio >= 0.8)} |`
    )
  }
}
const serverTarget: Record<string, number> = {
  browse: 10,
  search_latin: 10,
  search_cyrillic: 10,
  api: 10,
  search_typo: 25,
  kanban: 15,
}
for (const [key, limit] of Object.entries(serverTarget)) {
  const endpoint = endpoints.find((each) => each.key === key)!
  verdicts.push(
    `| ${endpoint.label}: server time p95 ≤ ${limit} ms at ${label(MAIN_SIZE)} listings | ${perRequest[key].p95} ms | ${mark(perRequest[key].p95 <= limit)} |`
  )
}
const largest = Math.max(...TIMING.map((each) => each.size))
if (largest > MAIN_SIZE) {
  for (const endpoint of endpoints.filter((each) => each.key !== 'health')) {
    const growth = perSize[largest][endpoint.key].p50 / perRequest[endpoint.key].p50
    verdicts.push(
      `| ${endpoint.label}: server time p50 at ${label(largest)} ≤ 2 × at ${label(MAIN_SIZE)} | ${growth.toFixed(2)} × | ${mark(growth <= 2)} |`
    )
  }
}
for (const [key, tail] of Object.entries(tails)) {
  const endpoint = endpoints.find((each) => each.key === key)!
  verdicts.push(
    `| ${endpoint.label}: at ${tail.rate} req/s p99 ≤ 3 × p50 and ≤ 100 ms | p50 ${tail.p50}, p99 ${tail.p99} ms (${(tail.p99 / Math.max(1, tail.p50)).toFixed(1)} ×) | ${mark(tail.p99 <= 3 * Math.max(1, tail.p50) && tail.p99 <= 100)} |`
  )
}
verdicts.push(
  `| Jobs: ≥ 10,000 enqueued/s | ${n(jobs.enqueuedPerSecond)}/s | ${mark(jobs.enqueuedPerSecond >= 10_000)} |`,
  `| Jobs: ≥ 1,000 processed/s (one worker) | ${n(jobs.processedPerSecond)}/s | ${mark(jobs.processedPerSecond >= 1000)} |`,
  `| Scale out: two web processes ≥ 1.5 × one (detail page) | ${(scaleOut.two / scaleOut.one).toFixed(2)} × | ${mark(scaleOut.two >= 1.5 * scaleOut.one)} |`
)

const sizesHeader = TIMING.map((each) => label(each.size))
const scalingRows = endpoints
  .filter((each) => each.key !== 'health')
  .map(
    (endpoint) =>
      `| ${endpoint.label} | ${TIMING.map(({ size }) => `${perSize[size][endpoint.key].p50} / ${perSize[size][endpoint.key].p95} (${perSize[size][endpoint.key].queries.join('/')})`).join(' | ')} |`
  )

const cpu = cpus()[0]?.model ?? 'unknown'
const generated = `<!-- generated by npm run bench: everything up to the analysis marker is rewritten -->
# Benchmark results

- Date: ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC; \`npm run bench\` measuring part took ${Math.round((Date.now() - started) / 1000)} s
- Machine: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GB RAM; load average ${loadBefore.toFixed(2)} before the load runs, ${loadAfter.toFixed(2)} after
- Node ${versions.node}, PostgreSQL ${versions.postgres}; Most's production build (NODE_ENV=production, LOG_LEVEL=warn, default configuration: sessions in PostgreSQL)
- Data (database \`${BENCH_DB}_${label(MAIN_SIZE)}\`): ${n(dataAt[MAIN_SIZE].opportunities)} published opportunities, ${n(dataAt[MAIN_SIZE].interests)} interests, ${n(dataAt[MAIN_SIZE].open_deals)} open deals
- Load: autocannon, ${CONNECTIONS} connections, ${WARMUP} s warm-up then ${DURATION} s per row, one target at a time, on the same ${cpus().length} cores as the servers and PostgreSQL; the visitor sends what a browser would (anonymous: no cookie; staff: the session cookie)

## Endpoints (${label(MAIN_SIZE)} listings)

| Endpoint | Most req/s | Most p50 / p99 ms | Baseline req/s | Baseline p50 / p99 ms | Most ÷ baseline | SQL queries per request | Server time p50 / p95 ms (one at a time) | Errors |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
| Ceiling: raw node:http, constant JSON | ${ceiling.rps} | ${ceiling.p50} / ${ceiling.p99} | | | | | | ${ceiling.errors} |

Baseline = Fastify + pg (bench/baseline/server.ts) sending the same SQL text (app/services/listing_sql.ts)
and returning the same JSON shape (${Object.entries(shapes)
  .map(([key, value]) => `${key}: ${value}`)
  .join(', ')}). Queries per request and server time come from the
\`Server-Timing\` header of a second Most process started with \`SERVER_TIMING=true\`.

## Sessions: PostgreSQL (default) and Redis

| Endpoint | database sessions req/s, p50 / p99 ms | Redis sessions req/s, p50 / p99 ms |
| --- | --- | --- |
${endpoints
  .filter((each) => measured[each.key].redis)
  .map((endpoint) => {
    const { most, redis } = measured[endpoint.key]
    return `| ${endpoint.label} | ${most.rps}, ${most.p50} / ${most.p99} | ${redis!.rps}, ${redis!.p50} / ${redis!.p99} |`
  })
  .join('\n')}

Anonymous browse, search and detail requests carry no session in either configuration.

## Tails at a fixed rate (half the baseline's saturated rate, 10 connections)

| Endpoint | rate req/s | Most p50 ms | Most p99 ms | p99 ÷ p50 | errors |
| --- | --- | --- | --- | --- | --- |
${Object.entries(tails)
  .map(([key, tail]) => {
    const endpoint = endpoints.find((each) => each.key === key)!
    return `| ${endpoint.label} | ${tail.rate} | ${tail.p50} | ${tail.p99} | ${(tail.p99 / Math.max(1, tail.p50)).toFixed(1)} | ${tail.errors} |`
  })
  .join('\n')}

## How cost grows: server time p50 / p95 ms (queries), one request at a time

| Endpoint | ${sizesHeader.join(' | ')} |
| --- | ${sizesHeader.map(() => '---').join(' | ')} |
${scalingRows.join('\n')}
| Data | ${TIMING.map(({ size }) => `${n(dataAt[size].opportunities)} listings, ${n(dataAt[size].interests)} interests, ${n(dataAt[size].open_deals)} open deals`).join(' | ')} |

## Scale out: detail page, ${CONNECTIONS} connections

One web process: ${scaleOut.one} req/s; two processes on the same database (${CONNECTIONS / 2} connections each): ${scaleOut.two} req/s (${(scaleOut.two / scaleOut.one).toFixed(2)} ×). Both share the machine's ${cpus().length} cores with PostgreSQL and the load generator.

## Search SQL (EXPLAIN ANALYZE, p95 of 20 runs, ms)

One statement counts (at most ${n(SEARCH_CAP + 1)}) and ranks the page among the first
${n(SEARCH_CAP)} matches plus every featured one; a second, with the typed words' closest spellings
from the vocabulary, runs only
when the first finds less than a page.

| Query | matches (counted up to ${n(SEARCH_CAP + 1)}) | statements | prefix statement | typo statement | count + page |
| --- | --- | --- | --- | --- | --- |
${Object.entries(explained)
  .map(
    ([q, row]) =>
      `| ${q} | ${row.total > SEARCH_CAP ? `${n(SEARCH_CAP)}+` : row.total} | ${row.statements} | ${row.first} | ${row.statements > 1 ? row.second : '–'} | ${row.both} |`
  )
  .join('\n')}

## Bytes on the wire (as served, Accept-Encoding: br, gzip)

| What | transferred | uncompressed | encoding |
| --- | --- | --- | --- |
| Browse page HTML (first visit) | ${kb(wire.html.wire)} KB | ${kb(wire.htmlRaw)} KB | ${wire.html.encoding} |
| Its scripts (${wire.js.files} files) | ${kb(wire.js.wire)} KB | ${kb(wire.js.raw)} KB | ${[...wire.js.encodings].join(', ')} |
| Its styles (${wire.css.files} files) | ${kb(wire.css.wire)} KB | ${kb(wire.css.raw)} KB | ${[...wire.css.encodings].join(', ')} |
| **First visit of the browse page, total** | **${kb(firstVisit)} KB** | ${kb(wire.htmlRaw + wire.js.raw + wire.css.raw)} KB | |
${Object.entries(wire.json)
  .map(([key, answer]) => {
    const endpoint = endpoints.find((each) => each.key === key)!
    return `| ${endpoint.label} | ${kb(answer.wire)} KB | ${kb(answer.raw)} KB | ${answer.encoding} |`
  })
  .join('\n')}

## Jobs

E-mail job (\`node ace bench:jobs --count ${n(jobs.jobs)}\`): ${n(jobs.enqueuedPerSecond)} enqueued/s, ${n(jobs.processedPerSecond)} processed/s with one worker (concurrency ${jobs.concurrency}, ${jobs.workerCpuMsPerJob ?? '?'} ms of worker CPU per job), ${jobs.failed} failed.

Match score (\`node ace bench:matching\`, ${matching.investorsWithProfiles.toLocaleString('en')} investors with profiles, ${matching.publishedListings.toLocaleString('en')} published listings, median of ${matching.runs}): one listing against every investor (the alert job) ${matchTiming(matching.listingAgainstInvestors)}; its 20 best investors (staff page) ${matchTiming(matching.listingTopInvestors)}; one investor against every listing (dashboard) ${matchTiming(matching.investorAgainstListings)}.

## Targets

| Target | Measured | Verdict |
| --- | --- | --- |
${verdicts.join('\n')}
`
const marker = '<!-- analysis -->'
const previous = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : ''
const analysis = previous.includes(marker)
  ? previous.slice(previous.indexOf(marker))
  : `${marker}\n## Analysis\n\n(Written by hand after a run: why a target is missed and what was tried.)\n`
writeFileSync(RESULTS, `${generated}\n${analysis}`)

console.log(`\n${generated}`)
log(`bench/RESULTS.md written; measuring took ${Math.round((Date.now() - started) / 1000)} s`)
