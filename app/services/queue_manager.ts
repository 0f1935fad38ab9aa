import { Queue, type JobsOptions } from 'bullmq'
import type { QueueConfig } from '#config/queue'
import type { JobName, JobPayloads } from '#jobs/payloads'

/**
 * One BullMQ Queue per queue name, created lazily. The web process only
 * enqueues; the worker (`node ace queue:work`) processes.
 */
export class QueueManager {
  #queues = new Map<string, Queue>()

  constructor(public readonly config: QueueConfig) {}

  queue(name: string = this.config.defaultQueue) {
    let queue = this.#queues.get(name)
    if (!queue) {
      queue = new Queue(name, {
        // Producers fail fast while Redis is away (the outbox keeps the work); only
        // workers need to wait for it.
        connection: { ...this.config.connection, enableOfflineQueue: false },
        prefix: this.config.prefix,
        defaultJobOptions: this.config.defaultJobOptions,
      })
      this.#queues.set(name, queue)
    }
    return queue
  }

  async dispatch<Name extends JobName>(
    name: Name,
    payload: JobPayloads[Name],
    options: JobsOptions = {}
  ) {
    return this.queue(options.queueName as string | undefined).add(name, payload, options)
  }

  async close() {
    await Promise.all([...this.#queues.values()].map((queue) => queue.close()))
    this.#queues.clear()
  }
}

declare module 'bullmq' {
  interface BaseJobOptions {
    queueName?: string
  }
}
