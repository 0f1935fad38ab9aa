import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import {
  Counter,
  Gauge,
  Histogram,
  Registry,
  collectDefaultMetrics,
  type Metric,
  type MetricValue,
} from 'prom-client'
import { QueueManager } from '#services/queue_manager'
import { JOB_DURATION_BUCKETS, readJobMetrics } from '#services/job_metrics'

/**
 * The web process's Prometheus registry (GET /metrics). Request metrics are counted as
 * requests finish; queue, outbox, pool, Redis and job figures are read at scrape time.
 */
export const metricsRegistry = new Registry()
collectDefaultMetrics({ register: metricsRegistry, prefix: 'most_' })

export const httpRequests = new Counter({
  name: 'most_http_requests_total',
  help: 'HTTP requests by method, route pattern and status',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [metricsRegistry],
})

export const httpDuration = new Histogram({
  name: 'most_http_request_duration_seconds',
  help: 'HTTP request duration by method, route pattern and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
})

/** Bounded waits: a scrape while Redis is away still answers, with redis_up 0. */
function within<T>(promise: Promise<T>, ms = 1000) {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()
    ),
  ])
}

const redisUp = new Gauge({
  name: 'most_redis_up',
  help: '1 when Redis answered a PING during this scrape, else 0',
  registers: [metricsRegistry],
  async collect() {
    this.set(
      await within(redis.ping()).then(
        () => 1,
        () => 0
      )
    )
  },
})

new Gauge({
  name: 'most_queue_jobs',
  help: 'Jobs in the queue by state (waiting, active, delayed, failed)',
  labelNames: ['queue', 'state'] as const,
  registers: [metricsRegistry],
  async collect() {
    this.reset()
    const queue = (await app.container.make(QueueManager)).queue()
    const counts = await within(queue.getJobCounts('waiting', 'active', 'delayed', 'failed')).catch(
      () => null
    )
    if (!counts) return
    for (const [state, value] of Object.entries(counts)) {
      this.set({ queue: queue.name, state }, value)
    }
  },
})

const outboxBacklog = new Gauge({
  name: 'most_outbox_backlog',
  help: 'Outbox rows not yet handed to the queue',
  registers: [metricsRegistry],
})

new Gauge({
  name: 'most_outbox_oldest_age_seconds',
  help: 'Age of the oldest outbox row not yet handed to the queue (0 when none)',
  registers: [metricsRegistry],
  async collect() {
    const { rows } = await db.rawQuery(
      `select count(*)::int as backlog,
              coalesce(extract(epoch from now() - min(created_at)), 0)::float as age
         from outbox_messages where dispatched_at is null`
    )
    outboxBacklog.set(rows[0].backlog)
    this.set(rows[0].age)
  },
})

interface TarnPool {
  numUsed(): number
  numFree(): number
  numPendingAcquires(): number
}

new Gauge({
  name: 'most_db_pool_connections',
  help: 'PostgreSQL pool connections: used, free, and requests waiting for one',
  labelNames: ['state'] as const,
  registers: [metricsRegistry],
  collect() {
    const pool = db.connection().getWriteClient().client.pool as TarnPool | undefined
    if (!pool) return
    this.set({ state: 'used' }, pool.numUsed())
    this.set({ state: 'free' }, pool.numFree())
    this.set({ state: 'pending' }, pool.numPendingAcquires())
  },
})

/**
 * Job figures live in Redis (written by the workers); these two present them as a
 * counter and a histogram, prom-client formatting the values we hand it.
 */
function externalMetric(
  name: string,
  help: string,
  type: 'counter' | 'histogram',
  values: () => Promise<MetricValue<string>[]>
) {
  const metric = {
    name,
    help,
    type,
    aggregator: 'sum',
    async get() {
      return { name, help, type, aggregator: 'sum', values: await values() }
    },
  }
  metricsRegistry.registerMetric(metric as unknown as Metric)
}

const jobMetrics = () => within(readJobMetrics()).catch(() => null)

externalMetric('most_jobs_total', 'Jobs finished by job name and outcome', 'counter', async () => {
  const metrics = await jobMetrics()
  return (metrics?.counts ?? []).map(({ job, outcome, value }) => ({
    labels: { job, outcome },
    value,
  }))
})

externalMetric(
  'most_job_duration_seconds',
  'Job run time by job name (completed and failed attempts)',
  'histogram',
  async () => {
    const metrics = await jobMetrics()
    return (metrics?.durations ?? []).flatMap(({ job, sum, count, buckets }) => [
      ...JOB_DURATION_BUCKETS.map((le) => ({
        metricName: 'most_job_duration_seconds_bucket',
        labels: { job, le },
        value: buckets.get(le) ?? 0,
      })),
      { metricName: 'most_job_duration_seconds_bucket', labels: { job, le: '+Inf' }, value: count },
      { metricName: 'most_job_duration_seconds_sum', labels: { job }, value: sum },
      { metricName: 'most_job_duration_seconds_count', labels: { job }, value: count },
    ])
  }
)

export { redisUp }
