import { test } from '@japa/runner'
import { connect } from 'node:net'
import { mkdir, readdir } from 'node:fs/promises'
import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import router from '@adonisjs/core/services/router'
import Country from '#models/country'
import Event from '#models/event'
import LostReason from '#models/lost_reason'
import Pipeline from '#models/pipeline'
import SavedSearch from '#models/saved_search'
import {
  OrganisationFactory,
  TEST_PASSWORD,
  UserFactory,
  createPartner,
} from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { removeFolder, startProductionApp, type ProductionApp } from '#tests/helpers/production_app'
import {
  countAllRows,
  removeRowsSince,
  snapshotTables,
  tableNames,
} from '#tests/helpers/committed_data'
import { WebClient, type WebRequest } from '#tests/helpers/web_client'

/**
 * Every route of the router, against the production build in its own process, with what an
 * attacker sends: hostile path parameters, query strings, headers and bodies, as an
 * anonymous visitor and as each role (signed in through the form, sessions in PostgreSQL).
 * After each request the process must still be running, after each route it must answer
 * /health, have no temp file left and the same rows in every table; no answer may be a 5xx
 * or show SQL, a stack or a module path.
 */

type Actor = 'anonymous' | 'investor' | 'partner' | 'staff' | 'admin'
const ROLES = ['investor', 'partner', 'staff', 'admin'] as const

/** Path parameter values that must be refused (404/400/422), never reach SQL or a header. */
const HOSTILE_SEGMENTS = [
  '%00',
  'a%0d%0ab',
  '%01%1f%7f',
  '%ff%fe%E0%A4%A',
  '%zz%',
  // Cyrillic: decoded, it is no Latin-1 a header could carry (an Inertia location on a stale version).
  '%D0%BD%D0%B8%D1%88',
  'x'.repeat(5000),
  '99999999999999999999',
]

/** Query strings: the same bytes, arrays and objects for scalars, huge values. */
const QUERY_NAMES = [
  'q',
  'page',
  'sort',
  'view',
  'municipality',
  'sector',
  'type',
  'stage',
  'status',
  'kind',
  'deal',
  'uid',
  'signature',
]
const hostileQueries = [
  QUERY_NAMES.map((name) => `${name}[]=1&${name}[]=2`).join('&'),
  QUERY_NAMES.map((name) => `${name}=%00`).join('&'),
  QUERY_NAMES.map((name) => `${name}=a%0d%0ab%01%7f`).join('&'),
  QUERY_NAMES.map((name) => `${name}=%ff%fe%E0%A4%A`).join('&'),
  `q=${'a'.repeat(6000)}&page=99999999999999999999&sort=${'x'.repeat(500)}`,
  'page=-1&page=1e309&q[a][b][c]=1&__proto__[admin]=1&constructor[prototype][admin]=1&q=%&page=%zz&%ff=1',
]

/** Headers (each variant on the route's real URL). */
const hostileHeaders: Record<string, string>[] = [
  { 'x-inertia': 'true', 'x-inertia-version': 'stale-version' },
  {
    'x-forwarded-for': '127.0.0.1, 10.0.0.1, <script>, ::1, 999.999.999.999',
    'x-forwarded-host': 'evil.example',
    'x-forwarded-proto': 'gopher',
    'x-real-ip': '::ffff:1.2.3.4',
  },
  { cookie: `most-session=${'A'.repeat(12_000)}; XSRF-TOKEN=${'B'.repeat(2000)}` },
  { cookie: 'most-session=%00%ff; XSRF-TOKEN=%E0%A4%A; ;;=;a=b=c; most-session=s:x.y' },
  {
    'content-type': 'multipart/form-data; boundary=',
    'accept-language': `zz-ZZZZ-x;q=abc, *;q=-1, sr-Cyrl;q=NaN, ${'x'.repeat(3000)}`,
    'accept': '*/*;q=x, text/html;q=',
    'referer': 'http://evil.example/%0d%0aSet-Cookie:%20x=1',
  },
  {
    'x-inertia': 'true',
    'x-inertia-partial-data': 'a,b,__proto__',
    'x-inertia-partial-component': '%00',
    'x-inertia-version': '',
  },
  {
    'range': 'bytes=999999999999-1',
    'if-none-match': '"\u00ff"',
    'if-modified-since': 'not a date',
  },
]

/** Every field name the validators know: each hostile body fills all of them. */
const FIELDS =
  'acceptTerms action actor airportKm amountMaxEur amountMinEur areaSqm assigneeId body bodyEn bodySr buildingPermit cadastreStatus channel city company conditions confirm consent consentGiven consentNote consentToShareContact contactChannel contactEmail contactLanguage contactName contactPhone country countryId countryOfResidence days deal dealId description descriptionEn descriptionSr direction district dueAt education email file filters frequency from fullName incentives investedEur investorReturned jobsCreated jobsExpected kind landOwnership languages locale lockVersion lostNote lostReasonId marketingOptIn message minTicketEur motorwayKm municipality municipalityId municipalityIds name note occupation opportunityId organisation outcome owner ownerId page password passwordConfirmation percentage personName photo pipeline placeOfBirth plan q question railKm reason recommendationFrequency removePhoto residenceCity residenceCountryId role sector sectorIds signupOpen site sort stage stageId stale staleAfterDays startsOn status summaryEn summarySr ticketMaxEur ticketMinEur timeline title titleEn titleSr to token totalSizeEur type uid userId utilities website winProbability zoning'.split(
    ' '
  )

const every = (value: unknown) => Object.fromEntries(FIELDS.map((field) => [field, value]))
const json = (value: unknown) => ({
  headers: { 'content-type': 'application/json', 'accept': 'application/json' },
  body: typeof value === 'string' ? value : JSON.stringify(value),
})
const boundary = '----hostile-boundary'
const multipart = [
  ...['email', 'name', 'message', 'titleEn'].map(
    (field) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"\r\n\r\na\u0000b\r\n`
  ),
  ...['file', 'photo', 'document'].map(
    (field) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="../../x%00.php"\r\nContent-Type: image/png\r\n\r\n\u0089PNG\r\n\u001a\n${'x'.repeat(2000)}\r\n`
  ),
  `--${boundary}--\r\n`,
].join('')

const hostileBodies: { label: string; headers: Record<string, string>; body: string | Buffer }[] = [
  { label: 'NUL in every field', ...json(every('\u0000')) },
  {
    label: 'CR/LF and control characters',
    ...json(every('a\u0000b\r\nSet-Cookie: x=1\u0001\u001f\u007f')),
  },
  { label: 'arrays for scalars', ...json(every(['a', 'b'])) },
  {
    label: 'objects for scalars',
    ...json({ ...every({ $ne: 1, toString: 1 }), __proto__: { admin: true } }),
  },
  {
    label: 'wrong types',
    ...json(
      Object.fromEntries(
        FIELDS.map((field, i) => [field, [true, 99999999999999999999, -1, 1e308, null][i % 5]])
      )
    ),
  },
  { label: 'huge strings', ...json(every('x'.repeat(5000))) },
  { label: 'malformed JSON', ...json('{"email": "a", "name": ') },
  {
    label: 'invalid UTF-8 in JSON',
    headers: { 'content-type': 'application/json; charset=latin1', 'accept': 'application/json' },
    body: Buffer.concat([
      Buffer.from('{"email":"'),
      Buffer.from([0xff, 0xfe, 0xc0, 0xaf]),
      Buffer.from('","name":"\\u0000"}'),
    ]),
  },
  {
    label: 'form arrays and deep nesting',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept': 'text/html' },
    body: `${FIELDS.map((field) => `${field}[]=a&${field}[]=%00`).join('&')}&a[b][c][d][e][f]=1&%ff=%fe`,
  },
  {
    label: 'multipart where none is expected',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'accept': 'application/json',
    },
    body: Buffer.from(multipart, 'latin1'),
  },
  {
    label: 'junk content type',
    headers: { 'content-type': 'application/x-junk; charset=%00', 'accept': 'application/json' },
    body: Buffer.from([0, 1, 2, 0xff, 0xfe, 0x0d, 0x0a]),
  },
]

/**
 * Routes that act without reading a body: with a valid token every request would really act
 * (log out, approve, toggle …), so their hostile bodies are sent without one and must be
 * refused. Their hostile path parameters still carry the token (nothing to act on).
 */
const ACTS_WITHOUT_BODY = new Set([
  'POST /logout',
  'POST /verify-email',
  'POST /account/exports',
  'POST /opportunities/:slug/save',
  'DELETE /opportunities/:slug/save',
  'POST /opportunities/:slug/nda',
  'POST /partner/opportunities/:id/submit',
  'POST /partner/opportunities/:id/pause',
  'POST /partner/opportunities/:id/resume',
  'POST /partner/opportunities/:id/close',
  'POST /partner/opportunities/:id/reconfirm',
  'DELETE /partner/opportunities/:id/documents/:documentId',
  'POST /staff/organisations/:id/approve',
  'POST /staff/opportunities/:id/approve',
  'DELETE /investor/searches/:id',
  'POST /investor/club/portal',
  'POST /crm/deals/:id/introductions',
  'POST /crm/deals/:id/tasks/:taskId/toggle',
  'POST /crm/stories/:id/publish',
  'POST /crm/stories/:id/unpublish',
  'DELETE /crm/stories/:id',
  'POST /crm/settings/lost-reasons/:id/toggle',
  'POST /crm/settings/stages/:id/move',
  'DELETE /staff/incentives/:id',
])

/** A server-sent event stream never ends: its answer counts once the headers arrive. */
const STREAMS = new Set(['GET /__transmit/events'])

/** SQL, PostgreSQL messages, stack frames and module paths: internals no answer may show. */
const LEAKS: [string, RegExp][] = [
  ['SQL select', /\bselect\b[^<>\n]{0,400}\bfrom\s+"/i],
  ['SQL insert', /\binsert\s+into\s+"/i],
  ['SQL update', /\bupdate\s+"\w+"\s+set\b/i],
  ['SQL delete', /\bdelete\s+from\s+"/i],
  [
    'PostgreSQL message',
    /invalid byte sequence for encoding|syntax error at or near|violates (?:foreign key|not-null|unique|check) constraint|value too long for type|invalid input syntax for type|out of range for type/i,
  ],
  ['stack frame', /\bat\s+(?:async\s+)?[\w$.<>\[\] ]*\(?(?:file:\/\/|\/)[^\s)]+:\d+:\d+/],
  ['module path', /node_modules\//],
  ['error line', /(?:^|\\n|\n)\s*\w*(?:Error|Exception): [^\n]*(?:\\n|\n)\s+at /],
  ['stack property', /"stack"\s*:\s*"/],
]

interface Fixtures {
  users: Record<(typeof ROLES)[number], { email: string }>
  publishedSlug: string
  publishedId: number
  draftId: number
  organisationSlug: string
  organisationId: number
  pendingOrganisationId: number
  eventId: number
  eventSlug: string
  savedSearchId: number
  pipelineId: number
  stageId: number
  lostReasonId: number
}

async function createFixtures(): Promise<Fixtures> {
  const investor = await UserFactory.create()
  const { user: partner, organisation } = await createPartner()
  const staff = await UserFactory.apply('staff').create()
  const admin = await UserFactory.apply('admin').create()
  const pending = await OrganisationFactory.apply('pending').create()
  const published = await createOpportunity(organisation, { titleEn: 'Hostile fuzz listing' })
  const draft = await createOpportunity(organisation, { status: 'draft' })
  const event = await Event.create({
    name: 'Fuzz Days',
    slug: `fuzz-days-${Date.now()}`,
    city: 'Vienna',
    countryId: (await Country.findByOrFail('code', 'AT')).id,
    startsOn: DateTime.now().plus({ days: 10 }),
    signupOpen: true,
  })
  const savedSearch = await SavedSearch.create({
    userId: investor.id,
    name: 'Niš',
    filters: { municipality: 'nis' },
    frequency: 'weekly',
  })
  const pipeline = await Pipeline.query()
    .where('slug', 'investments')
    .preload('stages')
    .firstOrFail()
  return {
    users: { investor, partner, staff, admin },
    publishedSlug: published.slug,
    publishedId: published.id,
    draftId: draft.id,
    organisationSlug: organisation.slug,
    organisationId: organisation.id,
    pendingOrganisationId: pending.id,
    eventId: event.id,
    eventSlug: event.slug,
    savedSearchId: savedSearch.id,
    pipelineId: pipeline.id,
    stageId: pipeline.stages[0].id,
    lostReasonId: (await LostReason.firstOrFail()).id,
  }
}

/** The value a real visitor would put in this parameter (a record that exists). */
function validParameter(pattern: string, name: string, f: Fixtures): string {
  const before = pattern.slice(0, pattern.indexOf(`:${name}`))
  const byPrefix: [string, string | number][] = [
    ['/api/v1/opportunities/', f.publishedSlug],
    ['/opportunities/', f.publishedSlug],
    ['/organisations/', f.organisationSlug],
    ['/municipalities/', 'nis'],
    ['/events/', f.eventSlug],
    ['/partner/opportunities/', f.draftId],
    ['/staff/opportunities/', f.publishedId],
    ['/staff/organisations/', f.pendingOrganisationId],
    ['/crm/events/', f.eventId],
    ['/crm/directory/', f.pendingOrganisationId],
    ['/crm/organisations/', f.organisationId],
    ['/investor/searches/', f.savedSearchId],
    ['/crm/settings/pipelines/', f.pipelineId],
    ['/crm/settings/stages/', f.stageId],
    ['/crm/settings/lost-reasons/', f.lostReasonId],
  ]
  if (name === 'token') return 'not-a-real-token'
  const match = byPrefix.find(([prefix]) => before === prefix)
  return String(match ? match[1] : 1)
}

/** The actor most likely to get past authentication and reach the action. */
function naturalActor(pattern: string): Actor {
  if (pattern.startsWith('/crm/settings') || pattern.startsWith('/admin')) return 'admin'
  if (pattern.startsWith('/crm') || pattern.startsWith('/staff')) return 'staff'
  if (pattern.startsWith('/partner')) return 'partner'
  if (
    pattern.startsWith('/investor') ||
    pattern.startsWith('/account') ||
    pattern.startsWith('/documents') ||
    /^\/opportunities\/:slug\/(save|interest|nda)$/.test(pattern) ||
    ['/dashboard', '/logout', '/verify-email'].includes(pattern)
  ) {
    return 'investor'
  }
  return 'anonymous'
}

function registeredRoutes() {
  const routes: { method: string; pattern: string }[] = []
  for (const domainRoutes of Object.values(router.toJSON())) {
    for (const route of domainRoutes) {
      for (const method of route.methods) {
        if (method !== 'HEAD') routes.push({ method, pattern: route.pattern })
      }
    }
  }
  return routes.sort((a, b) => `${a.pattern} ${a.method}`.localeCompare(`${b.pattern} ${b.method}`))
}

function fill(pattern: string, f: Fixtures, hostile?: { name: string; value: string }) {
  return pattern.replace(/:(\w+)\??/g, (_, name: string) =>
    hostile && hostile.name === name ? hostile.value : validParameter(pattern, name, f)
  )
}

interface Planned {
  actor: Actor
  method: string
  path: string
  label: string
  options: WebRequest
}

/** The hostile requests for one route: all of them as its natural actor, samples as the others. */
function plan(method: string, pattern: string, f: Fixtures): Planned[] {
  const key = `${method} ${pattern}`
  const natural = naturalActor(pattern)
  const writes = method !== 'GET'
  const actsAlone = ACTS_WITHOUT_BODY.has(key)
  const params = [...pattern.matchAll(/:(\w+)/g)].map((match) => match[1])
  const validPath = fill(pattern, f)
  const accept = { accept: 'application/json' }
  const all: Omit<Planned, 'actor'>[] = []

  const paths = params.length
    ? params.flatMap((name, index) =>
        // Every hostile value in the first parameter, the worst three in the others.
        HOSTILE_SEGMENTS.slice(0, index === 0 ? undefined : 3).map((value) => ({
          path: fill(pattern, f, { name, value }),
          label: `:${name}=${value.slice(0, 20)}`,
        }))
      )
    : ['%00', '%0d%0a', '%ff'].map((value) => ({
        path: `${pattern.replace(/\/$/, '')}/${value}`,
        label: `suffix ${value}`,
      }))
  // Half of them as Inertia visits with a stale version (the 409 path builds a header).
  paths.forEach(({ path, label }, index) => {
    const inertia = { 'x-inertia': 'true', 'x-inertia-version': 'stale' }
    for (const headers of index === 0 ? [accept, inertia] : [index % 2 ? inertia : accept]) {
      all.push({ method, path, label: `path ${label}`, options: { csrf: writes, headers } })
    }
  })
  for (const query of hostileQueries) {
    all.push({
      method,
      path: `${validPath}?${query}`,
      label: `query ${query.slice(0, 30)}`,
      options: { csrf: writes && !actsAlone, headers: accept },
    })
  }
  for (const headers of hostileHeaders) {
    all.push({
      method,
      path: validPath,
      label: `headers ${Object.keys(headers).join(',')}`,
      options: { csrf: writes && !actsAlone, headers },
    })
  }
  if (writes) {
    for (const body of hostileBodies) {
      all.push({
        method,
        path: validPath,
        label: `body ${body.label}`,
        options: { csrf: !actsAlone, headers: body.headers, body: body.body },
      })
    }
  }

  const planned: Planned[] = all.map((request) => ({ ...request, actor: natural }))
  // The other actors: the first hostile path and a hostile body (or query) each.
  const samples = [
    all[0],
    all.find((r) => r.label.startsWith('body NUL in every')) ??
      all.find((r) => r.label.startsWith('query')),
  ]
  for (const actor of ['anonymous', ...ROLES] as Actor[]) {
    if (actor === natural) continue
    for (const sample of samples) if (sample) planned.push({ ...sample, actor })
  }
  return planned
}

/** Bytes node:http would refuse to send: raw control characters and 0xff in the request line and a header. */
function rawRequest(port: number, requestLine: Buffer, extraHeader: Buffer) {
  return new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let answer = ''
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10000 ms')))
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')))
    socket.on('error', reject)
    socket.on('close', () => resolve(answer))
    socket.write(
      Buffer.concat([
        requestLine,
        Buffer.from('\r\nHost: 127.0.0.1\r\n'),
        extraHeader,
        Buffer.from('\r\nConnection: close\r\n\r\n'),
      ])
    )
  })
}

test.group('Hostile requests against the production build (fuzz)', (group) => {
  group.each.timeout(600_000)

  test('no request answers 5xx, leaks internals, stops the process or leaves a trace', async ({
    assert,
    cleanup,
  }) => {
    const snapshot = await snapshotTables()
    const tmp = app.makePath('tmp', `hostile-tmp-${process.pid}`)
    await mkdir(tmp, { recursive: true })
    let production: ProductionApp | undefined
    cleanup(async () => {
      await production?.stop()
      await removeFolder(tmp)
      const leftovers = await removeRowsSince(snapshot)
      if (leftovers.length) throw new Error(`rows left behind in ${leftovers.join(', ')}`)
    })

    const fixtures = await createFixtures()
    production = await startProductionApp({
      worker: false,
      // Multipart temp files land here, so the test sees exactly what this server leaves.
      env: { TMPDIR: tmp, API_RATE_LIMIT_PER_MINUTE: '0' },
    })
    const server = production
    const clients: Record<Actor, WebClient> = {
      anonymous: new WebClient(server.url),
      investor: new WebClient(server.url),
      partner: new WebClient(server.url),
      staff: new WebClient(server.url),
      admin: new WebClient(server.url),
    }
    await clients.anonymous.request('GET', '/login')
    for (const role of ROLES) await clients[role].login(fixtures.users[role].email, TEST_PASSWORD)

    // Rows are counted once everyone is signed in; visitors' sessions are rows of their own.
    const tables = (await tableNames()).filter((name) => name !== 'sessions')
    const baseline = await countAllRows(tables)
    const findings: string[] = []
    const statuses: Record<number, number> = {}
    let sent = 0
    let slowest = { ms: 0, request: '' }
    let address = 0
    const started = Date.now()

    const check = (description: string, response: { status: number; body: string; ms: number }) => {
      sent++
      statuses[response.status] = (statuses[response.status] ?? 0) + 1
      if (response.ms > slowest.ms) slowest = { ms: Math.round(response.ms), request: description }
      if (response.status >= 500)
        findings.push(`${description} → ${response.status}: ${response.body.slice(0, 200)}`)
      for (const [label, pattern] of LEAKS) {
        const leak = response.body.match(pattern)
        if (leak)
          findings.push(
            `${description} → ${response.status} shows ${label}: ${leak[0].slice(0, 160)}`
          )
      }
    }

    /** After a failed request: did the process die? Then say so and bring it back. */
    const survived = async (description: string, error?: unknown) => {
      const deadline = Date.now() + (error ? 2000 : 0)
      while (server.server.running() && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50))
      if (server.server.running()) {
        if (error) findings.push(`${description} → no answer: ${(error as Error).message}`)
        return
      }
      findings.push(
        `${description} STOPPED THE PROCESS (exit ${server.server.exitCode ?? server.server.signal}):\n${server.server.output().slice(-1500)}`
      )
      await server.restartServer()
    }

    // FUZZ_ONLY=<regex on "METHOD /pattern">: a subset, for a mutation check on a loaded machine.
    const only = process.env.FUZZ_ONLY ? new RegExp(process.env.FUZZ_ONLY) : null
    const routes = registeredRoutes().filter((r) => !only || only.test(`${r.method} ${r.pattern}`))
    const planned = routes.reduce(
      (total, r) => total + plan(r.method, r.pattern, fixtures).length,
      0
    )
    console.log(`hostile requests: ${planned} planned on ${routes.length} routes (plus raw ones)`)
    // Findings are printed as they come too: a run cut short by its timeout (a loaded
    // machine, a process that keeps dying) still shows what went wrong, and where.
    let reported = 0
    const report = () => {
      for (const finding of findings.slice(reported).slice(0, 20)) {
        console.log(`hostile requests: found ${finding.split('\n')[0].slice(0, 300)}`)
      }
      reported = findings.length
    }
    for (const [index, { method, pattern }] of routes.entries()) {
      report()
      const key = `${method} ${pattern}`
      if (index % 25 === 0) {
        console.log(
          `hostile requests: route ${index}/${routes.length}, ${sent} sent, ${Math.round((Date.now() - started) / 1000)} s`
        )
      }
      for (const request of plan(method, pattern, fixtures)) {
        const description = `${request.actor} ${request.method} ${request.path.slice(0, 120)} [${request.label}]`
        address = (address + 1) % 60_000
        // Each request from its own documentation address: the per-address limits (30 logins
        // a minute …) would otherwise refuse the hostile bodies before they reach validation.
        const headers = {
          'x-forwarded-for': `198.51.${(address >> 8) % 256}.${address % 256}`,
          ...request.options.headers,
        }
        try {
          const response = await clients[request.actor].request(request.method, request.path, {
            ...request.options,
            headers,
            headersOnly: STREAMS.has(key),
          })
          check(description, response)
          await survived(description)
        } catch (error) {
          sent++
          await survived(description, error)
        }
      }
      if (method === 'GET' && !STREAMS.has(key)) {
        // Bytes a well-behaved client library refuses to send.
        for (const [line, header] of [
          [
            Buffer.from(
              `GET ${fill(pattern, fixtures).replace(/\/?$/, '/\x01\x7f')} HTTP/1.1`,
              'latin1'
            ),
            Buffer.from('X-Test: 1'),
          ],
          [
            Buffer.concat([
              Buffer.from(`GET ${fill(pattern, fixtures)}?q=`),
              Buffer.from([0xff, 0xc0, 0x00]),
              Buffer.from(' HTTP/1.1'),
            ]),
            Buffer.from('X-Test: 1'),
          ],
          [
            Buffer.from(`GET ${fill(pattern, fixtures)} HTTP/1.1`),
            Buffer.concat([Buffer.from('Accept-Language: '), Buffer.from([0xff, 0x01, 0xfe])]),
          ],
        ] as [Buffer, Buffer][]) {
          const description = `anonymous raw ${line.toString('latin1').slice(0, 80)}`
          try {
            const answer = await rawRequest(server.port, line, header)
            const status = Number(answer.match(/^HTTP\/1\.1 (\d{3})/)?.[1] ?? 0)
            check(description, { status, body: answer, ms: 0 })
            await survived(description)
          } catch (error) {
            sent++
            await survived(description, error)
          }
        }
      }

      // After each route: /health, no temp file, every table as it was.
      const health = await new WebClient(server.url)
        .request('GET', '/health')
        .catch((error: Error) => error)
      if (health instanceof Error || health.status !== 200) {
        findings.push(
          `after ${key}: /health answered ${health instanceof Error ? health.message : health.status}`
        )
      }
      const leftFiles = await readdir(tmp)
      if (leftFiles.length) {
        findings.push(`after ${key}: ${leftFiles.length} temp file(s) left in the upload folder`)
        await removeFolder(tmp)
        await mkdir(tmp, { recursive: true })
      }
      const counts = await countAllRows(tables)
      const changed = tables.filter((table) => counts[table] !== baseline[table])
      if (changed.length) {
        findings.push(
          `after ${key}: rows changed in ${changed.map((t) => `${t} ${baseline[t]}→${counts[t]}`).join(', ')}`
        )
        Object.assign(baseline, counts)
      }
    }

    // The signed-in sessions lived through it all (no hostile request signed anyone out).
    for (const role of ROLES) {
      const dashboard = await clients[role].request('GET', '/dashboard', {
        headers: { accept: 'text/html' },
      })
      if (dashboard.status !== 200)
        findings.push(`${role} is no longer signed in (${dashboard.status})`)
    }

    console.log(
      `hostile requests: ${sent} requests on ${routes.length} routes in ${Math.round((Date.now() - started) / 1000)} s, ` +
        `slowest ${slowest.ms} ms (${slowest.request}); answers ${JSON.stringify(statuses)}`
    )
    assert.deepEqual(findings, [])
  })
})
