import redis from '@adonisjs/redis/services/main'
import { jobs } from '#jobs/registry'

/**
 * Job counts and durations, written by every worker process into one Redis hash and read
 * by the web's /metrics: one endpoint to scrape and protect, the sum over all workers,
 * and counters that survive a worker restart (no extra port per worker).
 */
const KEY = 'metrics:jobs'
export const JOB_DURATION_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300]

export type JobOutcome = 'completed' | 'failed'

/** Known job names only, so a stray name in the queue cannot grow the label set. */
function jobLabel(name: string) {
  return Object.hasOwn(jobs, name) ? name : 'unknown'
}

interface PendingMetrics {
  counts: Map<string, number>
  sums: Map<string, number>
  written: Promise<void>
}
let pending: PendingMetrics | null = null

/**
 * Counts a finished job. Jobs finishing in the same turn of the event loop (a batch of
 * e-mails) are written together, in one pipeline of summed increments.
 */
export function recordJob(name: string, seconds: number, outcome: JobOutcome) {
  if (!pending) {
    const batch: PendingMetrics = { counts: new Map(), sums: new Map(), written: Promise.resolve() }
    batch.written = new Promise((resolve) => setImmediate(resolve)).then(() => {
      pending = null
      return writeMetrics(batch)
    })
    pending = batch
  }
  const job = jobLabel(name)
  add(pending.counts, `count|${job}|${outcome}`, 1)
  add(pending.sums, `sum|${job}`, seconds)
  for (const le of JOB_DURATION_BUCKETS) {
    if (seconds <= le) add(pending.counts, `bucket|${job}|${le}`, 1)
  }
  return pending.written
}

function add(fields: Map<string, number>, field: string, value: number) {
  fields.set(field, (fields.get(field) ?? 0) + value)
}

async function writeMetrics({ counts, sums }: PendingMetrics) {
  const pipeline = redis.pipeline()
  for (const [field, value] of counts) pipeline.hincrby(KEY, field, value)
  for (const [field, value] of sums) pipeline.hincrbyfloat(KEY, field, value)
  await pipeline.exec()
}

export interface JobMetrics {
  counts: { job: string; outcome: JobOutcome; value: number }[]
  durations: { job: string; sum: number; count: number; buckets: Map<number, number> }[]
}

export async function readJobMetrics(): Promise<JobMetrics> {
  const fields = await redis.hgetall(KEY)
  const counts: JobMetrics['counts'] = []
  const durations = new Map<string, JobMetrics['durations'][number]>()
  const duration = (job: string) => {
    let entry = durations.get(job)
    if (!entry) {
      entry = { job, sum: 0, count: 0, buckets: new Map() }
      durations.set(job, entry)
    }
    return entry
  }
  for (const [field, raw] of Object.entries(fields)) {
    const [kind, job, extra] = field.split('|')
    const value = Number(raw)
    if (kind === 'count') {
      counts.push({ job, outcome: extra as JobOutcome, value })
      duration(job).count += value
    } else if (kind === 'sum') duration(job).sum = value
    else if (kind === 'bucket') duration(job).buckets.set(Number(extra), value)
  }
  return { counts, durations: [...durations.values()] }
}
