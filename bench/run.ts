/**
 * The measuring half of `npm run bench` (bench/run.sh starts the servers first): autocannon
 * against Most's production build, the Fastify + pg baseline running the same SQL, and a
 * raw node:http ceiling; then queries per request, search EXPLAIN ANALYZE, bundle sizes and
 * the e-mail job rate. Prints a table and rewrites the generated part of bench/RESULTS.md.
 */
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'
import pg from 'pg'
import { textSearchSql, SEARCH_CAP } from './baseline/sql.js'

const env = process.env
const MOST = env.MOST_URL ?? 'http://127.0.0.1:3450'
const MOST_TIMING = env.MOST_TIMING_URL ?? 'http://127.0.0.1:3451'
const BASELINE = env.BASELINE_URL ?? 'http://127.0.0.1:3452'
const CEILING = env.CEILING_URL ?? 'http://127.0.0.1:3453'
const BUILD_DIR = env.BUILD_DIR ?? 'tmp/bench/build'
const DURATION = Number(env.BENCH_DURATION ?? 10)
const WARMUP = Number(env.BENCH_WARMUP ?? 2)
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 50)
const STAFF = { email: 'milica.staff@most.demo', password: 'most-demo-2026' }
const RESULTS = new URL('./RESULTS.md', import.meta.url)
// `npm run bench -- --only detail`: load one endpoint (Most and baseline back to back) and
// stop, leaving RESULTS.md alone: for checking one change without the full 5-minute run.
const ONLY = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : null
const started = Date.now()

const database = new pg.Client({
  host: env.DB_HOST ?? '127.0.0.1',
  port: Number(env.DB_PORT ?? 5432),
  user: env.DB_USER ?? 'most',
  password: env.DB_PASSWORD ?? 'most',
  database: env.DB_DATABASE ?? 'most_bench',
})
await database.connect()

const log = (line: string) => console.log(`[bench] ${line}`)
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const round = (value: number, digits = 1) => Number(value.toFixed(digits))

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

// 1. A visitor's first HTML page gives the Inertia version and a session; the Inertia
//    requests that follow carry both, as a browser's would.
const visitor = new Cookies()
const firstPage = await fetch(`${MOST}/opportunities`)
visitor.take(firstPage)
const html = await firstPage.text()
const pageJson = html.match(/<script data-page="app" type="application\/json">(.*?)<\/script>/s)
if (!pageJson) throw new Error('No Inertia page in the HTML of /opportunities')
const version: string = JSON.parse(pageJson[1]).version
const inertiaHeaders = (cookies: Cookies) => ({
  'x-inertia': 'true',
  'x-inertia-version': version,
  'accept': 'text/html, application/xhtml+xml',
  'cookie': cookies.header,
})

// 2. A staff member logs in (CSRF token from the XSRF-TOKEN cookie, like Inertia's client).
const staff = new Cookies()
staff.take(await fetch(`${MOST}/login`))
const login = await fetch(`${MOST}/login`, {
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

// Listings for the detail page, visited in turn (one hot row would measure lock waits).
const { rows: slugRows } = await database.query(
  `SELECT slug FROM opportunities WHERE status = 'published' AND slug LIKE 'synthetic-%'
   ORDER BY id LIMIT 200 OFFSET 5000`
)
const slugs: string[] = slugRows.map((row) => String(row.slug))
if (slugs.length < 200) throw new Error('The bench database holds too few synthetic listings')

interface Endpoint {
  key: string
  label: string
  path: string
  paths?: string[]
  headers: () => Record<string, string>
  baseline: boolean
  /** The full HTML page (rendered on the server) instead of Inertia's JSON. */
  html?: boolean
}
const endpoints: Endpoint[] = [
  {
    key: 'browse',
    label: '1 Browse, sector + country (Inertia JSON)',
    path: '/opportunities?sector=energy&country=RS',
    headers: () => inertiaHeaders(visitor),
    baseline: true,
  },
  {
    key: 'search_latin',
    label: '2a Search "hladnjaca" (Inertia JSON)',
    path: '/opportunities?q=hladnjaca',
    headers: () => inertiaHeaders(visitor),
    baseline: true,
  },
  {
    key: 'search_cyrillic',
    label: '2b Search "хладњача" (Inertia JSON)',
    path: `/opportunities?q=${encodeURIComponent('хладњача')}`,
    headers: () => inertiaHeaders(visitor),
    baseline: true,
  },
  {
    key: 'detail',
    label: '3 Detail page, 200 listings in turn (Inertia JSON)',
    path: `/opportunities/${slugs[0]}`,
    paths: slugs.map((slug) => `/opportunities/${slug}`),
    headers: () => inertiaHeaders(visitor),
    baseline: true,
  },
  {
    // What a first visit, a search engine or a link preview costs: the page rendered on
    // the server (SSR). Its ratio to the baseline's JSON of the same listing is that cost.
    key: 'detail_html',
    label: '3b Detail page, full HTML rendered on the server, 200 listings in turn',
    path: `/opportunities/${slugs[0]}`,
    paths: slugs.map((slug) => `/opportunities/${slug}`),
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
  },
  {
    key: 'kanban',
    label: '5 Kanban /crm/pipeline, staff (Inertia JSON)',
    path: '/crm/pipeline',
    headers: () => inertiaHeaders(staff),
    baseline: false,
  },
  {
    key: 'health',
    label: '6 GET /health',
    path: '/health',
    headers: () => ({}),
    baseline: false,
  },
]

// 3. Same answers: status 200 everywhere and the baseline's JSON has Most's shape.
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
  if (endpoint.key === 'kanban' && body.component !== 'crm/pipeline') {
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

// 4. Load: warm-up, then the measured run, one target at a time.
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

async function load(origin: string, endpoint: Endpoint): Promise<Load> {
  const headers = endpoint.headers()
  let turn = 0
  const requests = endpoint.paths
    ? [{ setupRequest: (request: object) => ({ ...request, path: endpoint.paths![turn++ % 200] }) }]
    : undefined
  const options = { url: `${origin}${endpoint.path}`, connections: CONNECTIONS, headers, requests }
  await autocannon({ ...options, duration: WARMUP })
  await settle()
  const result = await autocannon({ ...options, duration: DURATION })
  await settle()
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  }
}
const loadBefore = loadavg()[0]
const measured: Record<string, { most: Load; baseline?: Load }> = {}
for (const endpoint of selected) {
  const most = await load(MOST, endpoint)
  const baseline = endpoint.baseline ? await load(BASELINE, endpoint) : undefined
  measured[endpoint.key] = { most, baseline }
  log(
    `${endpoint.label}: Most ${most.rps} req/s p50 ${most.p50} p99 ${most.p99} ms` +
      (baseline
        ? ` | baseline ${baseline.rps} req/s p50 ${baseline.p50} p99 ${baseline.p99} ms`
        : '')
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
const loadAfter = loadavg()[0]

// 5. Queries and server time per request, from the Server-Timing header of a second Most
//    process (SERVER_TIMING=true), 20 sequential requests each.
const perRequest: Record<string, { queries: number[]; p50: number; p95: number }> = {}
for (const endpoint of endpoints) {
  const durations: number[] = []
  const queries = new Set<number>()
  for (let index = 0; index < 22; index++) {
    const path = endpoint.paths ? endpoint.paths[index] : endpoint.path
    const response = await fetch(`${MOST_TIMING}${path}`, { headers: endpoint.headers() })
    await response.arrayBuffer()
    const header = response.headers.get('server-timing') ?? ''
    const duration = Number(header.match(/app;dur=([\d.]+)/)?.[1])
    const count = Number(header.match(/queries=(\d+)/)?.[1])
    if (Number.isNaN(duration) || Number.isNaN(count)) throw new Error(`No Server-Timing: ${path}`)
    if (index < 2) continue // the first requests of a process warm its caches
    durations.push(duration)
    queries.add(count)
  }
  perRequest[endpoint.key] = {
    queries: [...queries].sort(),
    p50: round(percentile(durations, 50)),
    p95: round(percentile(durations, 95)),
  }
}

// 6. The search SQL (exactly what Most sends) under EXPLAIN ANALYZE, 20 runs each after 2.
const reference = {
  countries: (await database.query('SELECT * FROM countries')).rows,
  municipalities: (await database.query('SELECT * FROM municipalities')).rows,
  sectors: (await database.query('SELECT * FROM sectors')).rows,
}
const explained: Record<
  string,
  { statements: number; first: number; second: number; both: number; total: number }
> = {}
// The benchmark's two queries (frequent words: 8,336 matches), a selective two-word one
// and a typo (found only by the trigram fallback, Most's second statement).
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

// 7. What the browse page loads: the scripts and styles in its HTML plus its page chunk.
const assets = join(BUILD_DIR, 'public')
const manifest: Record<string, { file: string; imports?: string[]; css?: string[] }> = JSON.parse(
  readFileSync(join(assets, 'assets/.vite/manifest.json'), 'utf8')
)
const files = new Set<string>()
for (const [, url] of html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/assets\/[^"]+)"/g)) {
  files.add(url.replace(/^\//, ''))
}
const addChunk = (key: string) => {
  const chunk = manifest[key]
  if (!chunk || files.has(`assets/${chunk.file}`)) return
  files.add(`assets/${chunk.file}`)
  chunk.css?.forEach((css) => files.add(`assets/${css}`))
  chunk.imports?.forEach(addChunk)
}
addChunk('inertia/pages/opportunities/index.vue')
const sizes = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } }
for (const file of files) {
  const content = readFileSync(join(assets, file))
  const kind = file.endsWith('.css') ? sizes.css : sizes.js
  kind.raw += content.length
  kind.gzip += gzipSync(content).length
}
const kb = (bytes: number) => round(bytes / 1024)

// 8. The e-mail job with one real worker (the app's own `bench:jobs`).
const jobsOutput = await new Promise<string>((resolve, reject) => {
  const child = spawn(process.execPath, ['ace.js', 'bench:jobs', '--count', '3000', '--json'], {
    cwd: BUILD_DIR,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.once('exit', (code) =>
    code === 0 ? resolve(output) : reject(new Error(`bench:jobs exited ${code}`))
  )
})
const jobs = JSON.parse(jobsOutput.trim().split('\n').pop()!) as {
  jobs: number
  enqueuedPerSecond: number
  processedPerSecond: number
  failed: number
}

// 9. The report.
const versions = {
  node: process.version,
  postgres: (await database.query('SHOW server_version')).rows[0].server_version as string,
}
const counts = Object.fromEntries(
  (
    await database.query(`SELECT
      (SELECT count(*) FROM opportunities WHERE status = 'published') AS opportunities,
      (SELECT count(*) FROM interests) AS interests,
      (SELECT count(*) FROM deals WHERE closed_at IS NULL) AS open_deals`)
  ).rows.flatMap((row: Record<string, unknown>) =>
    Object.entries(row).map(([key, value]) => [key, Number(value)])
  )
)
await database.end()

const mark = (ok: boolean) => (ok ? 'met' : '**missed**')
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
      `| ${endpoint.label}: ≥ 0.6 × baseline req/s | ${ratio?.toFixed(2) ?? '–'} × | ${ratio === undefined ? 'not measurable' : mark(ratio >= 0.6)} |`,
      `| ${endpoint.label}: p99 < 50 ms at ${CONNECTIONS} connections | ${most.rps ? `${most.p99} ms` : 'no answer within the run'} | ${mark(most.rps > 0 && most.p99 < 50)} |`
    )
  }
}
const kanban = perRequest.kanban
const searchWorst = Math.max(...searchQueries.map((q) => explained[q].both))
verdicts.push(
  `| Search: PostgreSQL execution p95 < 20 ms (count + page) | ${searchQueries
    .map((q) => `${q}: ${explained[q].both} ms`)
    .join(', ')} | ${mark(searchWorst < 20)} |`,
  `| Kanban: ≤ 5 queries | ${kanban.queries.join('/')} | ${mark(Math.max(...kanban.queries) <= 5)} |`,
  `| Kanban: server time < 50 ms (p95, one request at a time) | ${kanban.p95} ms | ${mark(kanban.p95 < 50)} |`,
  `| Jobs: ≥ 1,000 enqueued/s | ${jobs.enqueuedPerSecond}/s | ${mark(jobs.enqueuedPerSecond >= 1000)} |`,
  `| Jobs: ≥ 300 processed/s (one worker) | ${jobs.processedPerSecond}/s | ${mark(jobs.processedPerSecond >= 300)} |`,
  `| Browse page JS < 120 KB gzip | ${kb(sizes.js.gzip)} KB | ${mark(sizes.js.gzip < 120 * 1024)} |`
)

const cpu = cpus()[0]?.model ?? 'unknown'
const generated = `<!-- generated by npm run bench: everything up to the analysis marker is rewritten -->
# Benchmark results

- Date: ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC; \`npm run bench\` measuring part took ${Math.round((Date.now() - started) / 1000)} s
- Machine: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GB RAM; load average ${loadBefore.toFixed(2)} before the load runs, ${loadAfter.toFixed(2)} after
- Node ${versions.node}, PostgreSQL ${versions.postgres}; Most's production build (NODE_ENV=production, LOG_LEVEL=warn, Redis sessions)
- Data (database \`most_bench\`): ${counts.opportunities.toLocaleString('en')} published opportunities, ${counts.interests.toLocaleString('en')} interests, ${counts.open_deals.toLocaleString('en')} open deals
- Load: autocannon, ${CONNECTIONS} connections, ${WARMUP} s warm-up then ${DURATION} s per row, one target at a time, on the same ${cpus().length} cores as the servers and PostgreSQL

## Endpoints

| Endpoint | Most req/s | Most p50 / p99 ms | Baseline req/s | Baseline p50 / p99 ms | Most ÷ baseline | SQL queries per request | Server time p50 / p95 ms (one at a time) | Errors |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
| Ceiling: raw node:http, constant JSON | ${ceiling.rps} | ${ceiling.p50} / ${ceiling.p99} | | | | | | ${ceiling.errors} |

Baseline = Fastify + pg (bench/baseline/server.ts) running the same SQL statements and returning
the same JSON shape (${Object.entries(shapes)
  .map(([key, value]) => `${key}: ${value}`)
  .join(', ')}). Queries per request and server time come from the
\`Server-Timing\` header of a second Most process started with \`SERVER_TIMING=true\`.

## Search SQL (EXPLAIN ANALYZE, p95 of 20 runs, ms)

One statement counts (at most ${(SEARCH_CAP + 1).toLocaleString('en')}) and ranks the page among the first
${SEARCH_CAP.toLocaleString('en')} matches plus every featured one; a second, with trigram typo matches, runs only
when the first finds less than a page.

| Query | matches (counted up to ${(SEARCH_CAP + 1).toLocaleString('en')}) | statements | prefix statement | typo statement | count + page |
| --- | --- | --- | --- | --- | --- |
${Object.entries(explained)
  .map(
    ([q, row]) =>
      `| ${q} | ${row.total > SEARCH_CAP ? `${SEARCH_CAP.toLocaleString('en')}+` : row.total} | ${row.statements} | ${row.first} | ${row.statements > 1 ? row.second : '–'} | ${row.both} |`
  )
  .join('\n')}

## Jobs and assets

- E-mail job (\`node ace bench:jobs --count ${jobs.jobs}\`): ${jobs.enqueuedPerSecond} enqueued/s, ${jobs.processedPerSecond} processed/s with one worker, ${jobs.failed} failed
- Browse page assets (entry, preloads and the page chunk, gzip -6): JS ${kb(sizes.js.gzip)} KB (${kb(sizes.js.raw)} KB raw) in ${[...files].filter((file) => file.endsWith('.js')).length} files, CSS ${kb(sizes.css.gzip)} KB (${kb(sizes.css.raw)} KB raw)

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
