import env from '#start/env'
import type { ConnectionOptions } from 'bullmq'

/**
 * BullMQ settings. Workers need `maxRetriesPerRequest: null` for their blocking
 * connection; the key prefix keeps tests and development apart on one Redis.
 */
export const queueConfig = {
  connection: {
    host: env.get('REDIS_HOST'),
    port: env.get('REDIS_PORT'),
    password: env.get('REDIS_PASSWORD') || undefined,
    maxRetriesPerRequest: null,
  } satisfies ConnectionOptions,
  prefix: `${env.get('REDIS_KEY_PREFIX').replace(/:$/, '')}:bull`,
  defaultQueue: 'default',
  /**
   * A killed worker's job returns to the queue once its lock expires unrenewed and a
   * worker's stalled check finds it (BullMQ defaults: 30 s each). Shorter values bring a
   * job back sooner at the cost of more Redis traffic.
   */
  worker: {
    /**
     * Jobs one worker process runs at once. E-mail jobs spend most of their time waiting
     * for their batch (mailBatch), so many run together; every other job counts against
     * otherJobsConcurrency as well (imports, exports and backups are heavy).
     */
    concurrency: env.get('QUEUE_CONCURRENCY', 200),
    otherJobsConcurrency: 5,
    /**
     * The worker's e-mail jobs claim, send and record their e-mails together: a batch
     * starts at maxSize e-mails or maxWaitMs after its first, maxInFlight batches at once
     * (each holds one database connection for its transaction).
     */
    mailBatch: { maxSize: 100, maxWaitMs: 5, maxInFlight: 2 },
    lockDuration: env.get('QUEUE_LOCK_DURATION_MS', 30_000),
    stalledInterval: env.get('QUEUE_STALLED_INTERVAL_MS', 30_000),
    /**
     * On SIGTERM: how long running jobs may finish before the worker leaves them (to be
     * taken again by the next worker, as after a crash) and exits.
     */
    shutdownGrace: env.get('QUEUE_SHUTDOWN_GRACE_MS', 10_000),
  },
  defaultJobOptions: {
    attempts: 5,
    backoff: { type: 'exponential' as const, delay: 2000 },
    removeOnComplete: { count: 1000 },
    removeOnFail: { count: 5000 },
  },
}

export type QueueConfig = typeof queueConfig
