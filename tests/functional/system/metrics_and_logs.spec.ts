import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import { UserFactory, TEST_PASSWORD } from '#database/factories/user_factory'
import { committedRows } from '#tests/helpers/committed_rows'
import { Browser } from '#tests/helpers/http_browser'
import { freePort } from '#tests/helpers/ace_process'
import { startAppServer } from '#tests/helpers/app_server'
import { startWorkerProcess, waitFor } from '#tests/helpers/worker_process'
import { clearTestRedisKeys } from '#tests/helpers/redis'
import { listingAndInvestor } from '#tests/helpers/marketplace'

/**
 * /metrics and the request log, on the app and the worker as their own processes (JSON
 * logs on stdout, as in production): counters move with requests and jobs, the secret is
 * required, a login's log line holds no e-mail or password, and the request id of a click
 * reaches the log of the job it queued.
 */

const SECRET = 'metrics-test-secret'

/** The value of one sample line, e.g. `most_http_requests_total{method="GET",…}`; 0 if absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}) {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`)
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue
    const labelPart = line.slice(name.length).match(/^\{(.*)\}/)?.[1] ?? ''
    const have = labelPart ? labelPart.split(/,(?=\w+=")/) : []
    if (wanted.every((pair) => have.includes(pair))) return Number(line.split(' ').at(-1))
  }
  return 0
}

interface LogLine {
  msg: string
  request_id?: string
  route?: string
  method?: string
  status?: number
  user_id?: number | null
  duration_ms?: number
  job?: string
}

const jsonLines = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => ({ raw: line, entry: JSON.parse(line) as LogLine }))

test.group('Metrics and request logs', () => {
  test('metrics need the secret and move with requests and jobs; logs carry request ids into jobs and never credentials', async ({
    assert,
  }) => {
    const cleanup = await committedRows()
    const prefix = `${env.get('REDIS_KEY_PREFIX')}metrics:`
    await UserFactory.apply('staff').create()
    const { investor, opportunity } = await listingAndInvestor()
    const logEnv = { LOG_FORMAT: 'json', LOG_LEVEL: 'info', REDIS_KEY_PREFIX: prefix }
    const server = await startAppServer(await freePort(), {
      ...logEnv,
      MONITORING_SECRET: SECRET,
      SESSION_DRIVER: 'database',
    })
    let worker: ReturnType<typeof startWorkerProcess> | undefined
    const scrape = async () => {
      const response = await fetch(`${server.url}/metrics`, {
        headers: { 'x-monitoring-secret': SECRET },
      })
      assert.equal(response.status, 200)
      assert.match(response.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/)
      return response.text()
    }
    try {
      // Hidden without the secret, or with a wrong one.
      const anonymous = await fetch(`${server.url}/metrics`)
      assert.equal(anonymous.status, 404)
      assert.notInclude(await anonymous.text(), 'most_')
      const wrong = await fetch(`${server.url}/metrics`, {
        headers: { 'x-monitoring-secret': 'guess' },
      })
      assert.equal(wrong.status, 404)

      const before = await scrape()
      for (let i = 0; i < 3; i++) await fetch(`${server.url}/opportunities`)
      await fetch(`${server.url}/no-such-page/${'x'.repeat(20)}`)

      const browser = new Browser(server.url)
      const login = await browser.logIn(investor.email)
      assert.equal(login.headers.get('location'), '/dashboard')
      const posted = await browser.expressInterest(opportunity.slug)
      assert.equal(posted.status, 302)

      // The job queued by that click runs in a real worker.
      worker = startWorkerProcess(logEnv)
      await waitFor(
        () => jsonLines(worker!.output()).some(({ entry }) => entry.msg === 'job completed'),
        'the worker to finish the interest hand-off',
        60_000,
        () => worker!.output()
      )
      // The worker writes a job's metrics to Redis just after logging it (batched on the next
      // turn of its event loop), so the scrape waits for them rather than racing the worker.
      const job = { job: 'deals:sync-from-interest' }
      let after = ''
      await waitFor(
        async () => {
          after = await scrape()
          return sample(after, 'most_jobs_total', { ...job, outcome: 'completed' }) > 0
        },
        "the job's metrics to reach Redis",
        10_000,
        () => worker!.output()
      )

      const opportunities = { method: 'GET', route: '/opportunities', status: '200' }
      assert.equal(
        sample(after, 'most_http_requests_total', opportunities) -
          sample(before, 'most_http_requests_total', opportunities),
        3
      )
      assert.isAtLeast(sample(after, 'most_http_request_duration_seconds_count', opportunities), 3)
      // Unknown URLs share one label: the raw path never becomes a series.
      assert.isAtLeast(
        sample(after, 'most_http_requests_total', { route: '(unmatched)', status: '404' }),
        1
      )
      assert.notInclude(after, 'no-such-page')
      assert.equal(sample(after, 'most_jobs_total', { ...job, outcome: 'completed' }), 1)
      assert.equal(sample(after, 'most_job_duration_seconds_count', job), 1)
      assert.equal(sample(after, 'most_job_duration_seconds_bucket', { ...job, le: '+Inf' }), 1)
      for (const state of ['waiting', 'active', 'delayed', 'failed']) {
        assert.include(after, `most_queue_jobs{queue="default",state="${state}"}`)
      }
      assert.include(after, 'most_outbox_backlog ')
      assert.include(after, 'most_outbox_oldest_age_seconds ')
      assert.include(after, 'most_db_pool_connections{state="used"}')
      assert.equal(sample(after, 'most_redis_up'), 1)
      assert.isAbove(sample(after, 'most_process_resident_memory_bytes'), 0)
      assert.include(after, 'most_nodejs_eventloop_lag_p99_seconds')

      // One JSON line per request: id, route pattern, status, duration, user id.
      const lines = jsonLines(server.output())
      const loginLine = lines.find(
        ({ entry }) =>
          entry.msg === 'request' && entry.route === '/login' && entry.method === 'POST'
      )
      assert.exists(loginLine, server.output())
      assert.equal(loginLine!.entry.status, 302)
      assert.isString(loginLine!.entry.request_id)
      assert.isNumber(loginLine!.entry.duration_ms)
      for (const { raw } of lines) {
        assert.notInclude(raw, investor.email)
        assert.notInclude(raw, TEST_PASSWORD)
      }
      const interestLine = lines.find(
        ({ entry }) => entry.msg === 'request' && entry.route?.endsWith('/interest')
      )!
      assert.equal(interestLine.entry.user_id, investor.id)

      // The click's request id is on the outbox row and on the worker's line for its job.
      const requestId = interestLine.entry.request_id
      const [message] = await db
        .from('outbox_messages')
        .where('job_name', 'deals:sync-from-interest')
        .orderBy('id', 'desc')
        .limit(1)
      assert.equal(message.request_id, requestId)
      const jobLine = jsonLines(worker.output()).find(({ entry }) => entry.msg === 'job completed')!
      assert.equal(jobLine.entry.job, 'deals:sync-from-interest')
      assert.equal(jobLine.entry.request_id, requestId)
    } finally {
      await worker?.kill()
      await server.stop()
      await clearTestRedisKeys(prefix)
      await cleanup()
    }
  }).timeout(180_000)
})
