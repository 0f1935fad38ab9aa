import { Worker, type Job } from 'bullmq'
import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { disabledSchedules, jobs, schedules, type JobHandler } from '#jobs/registry'
import logger from '@adonisjs/core/services/logger'
import { QueueManager } from '#services/queue_manager'
import { RunningJobs, stopWorker } from '#services/worker_shutdown'
import { recordJob, type JobOutcome } from '#services/job_metrics'
import { JobSlots } from '#services/job_slots'
import { batchMailDelivery } from '#services/mail_batch'

type JobLoader = () => Promise<{ default: new () => JobHandler<unknown> }>

/**
 * The worker process: `node ace queue:work`. Runs apart from the web server. On SIGTERM
 * it takes no new job, lets the running ones finish within QUEUE_SHUTDOWN_GRACE_MS
 * (leaving the rest to the next worker), closes Redis and PostgreSQL and exits 0.
 */
export default class QueueWork extends BaseCommand {
  static commandName = 'queue:work'
  static description = 'Process background jobs (BullMQ)'
  static options: CommandOptions = { startApp: true, staysAlive: true }

  @flags.string({ description: 'Queue to process', default: 'default' })
  declare queue: string

  @flags.number({ description: 'Jobs processed at once (default: QUEUE_CONCURRENCY, 200)' })
  declare concurrency?: number

  async run() {
    // E-mails link to pages by route name. The HTTP server commits the routes when it
    // starts; this process has no server, so it commits them itself.
    const router = await this.app.container.make('router')
    router.commit()

    const { queueConfig } = await import('#config/queue')
    const concurrency = this.concurrency ?? queueConfig.worker.concurrency
    // Concurrent e-mail jobs share their statements (see #services/mail_batch).
    batchMailDelivery(queueConfig.worker.mailBatch)
    const otherJobs = new JobSlots(Math.min(concurrency, queueConfig.worker.otherJobsConcurrency))
    // Each handler's module, loaded once: a dynamic import per job costs a module
    // resolution every time (a round trip to the loader thread when run from source).
    const handlers = new Map<string, Promise<{ default: new () => JobHandler<unknown> }>>()
    const handlerFor = (name: string) => {
      const load = (jobs as unknown as Record<string, JobLoader | undefined>)[name]
      if (!load) throw new Error(`No handler registered for job "${name}"`)
      let loaded = handlers.get(name)
      if (!loaded) {
        loaded = load()
        loaded.catch(() => handlers.delete(name))
        handlers.set(name, loaded)
      }
      return loaded
    }
    const runJob = async (job: Job) => {
      const { default: Handler } = await handlerFor(job.name)
      // Every line about this job names it and the request that queued it, if any.
      const requestId = typeof job.data?.requestId === 'string' ? job.data.requestId : null
      const jobLogger = logger.child({ job: job.name, job_id: job.id, request_id: requestId })
      const started = performance.now()
      const finished = (outcome: JobOutcome) => {
        const seconds = (performance.now() - started) / 1000
        recordJob(job.name, seconds, outcome).catch((error) =>
          jobLogger.warn({ err: error }, 'job metrics not recorded')
        )
        return Math.round(seconds * 10_000) / 10
      }
      try {
        const result = await new Handler().handle(job.data, {
          attempt: job.attemptsMade + 1,
          jobId: job.id,
        })
        jobLogger.info({ duration_ms: finished('completed') }, 'job completed')
        return result
      } catch (error) {
        jobLogger.error(
          { duration_ms: finished('failed'), attempt: job.attemptsMade + 1, err: error },
          'job failed'
        )
        throw error
      }
    }

    const running = new RunningJobs()
    const worker = new Worker(
      this.queue,
      (job) =>
        running.track(job, async () => {
          if (job.name !== 'mail:send') return otherJobs.run(() => runJob(job))
          return runJob(job)
        }),
      {
        connection: queueConfig.connection,
        prefix: queueConfig.prefix,
        concurrency,
        lockDuration: queueConfig.worker.lockDuration,
        stalledInterval: queueConfig.worker.stalledInterval,
      }
    )

    worker.on('failed', (job, error) => {
      this.logger.error(
        `${job?.name} #${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`
      )
    })
    worker.on('error', (error) => this.logger.error(error.message))

    // Recurring jobs: upsert is idempotent, so every worker start may (re)declare them.
    if (this.queue === queueConfig.defaultQueue) {
      const queue = (await this.app.container.make(QueueManager)).queue(this.queue)
      for (const schedule of schedules) {
        await queue.upsertJobScheduler(
          schedule.name,
          { pattern: schedule.pattern },
          {
            name: schedule.name,
            data: {},
          }
        )
      }
      for (const name of disabledSchedules) await queue.removeJobScheduler(name)
    }

    // The outbox relay: hands over work written while Redis was unreachable.
    const { relayOutbox } = await import('#services/outbox')
    let relaying = false
    const relay = setInterval(async () => {
      if (relaying) return
      relaying = true
      try {
        await relayOutbox()
      } catch (error) {
        this.logger.warning(`outbox relay: ${(error as Error).message}`)
      } finally {
        relaying = false
      }
    }, 1000)

    this.app.terminating(async () => {
      this.logger.info('Worker stopping: no new jobs, finishing the ones in hand')
      clearInterval(relay)
      const { left } = await stopWorker(
        worker,
        running,
        queueConfig.worker.shutdownGrace,
        this.logger
      )
      // A job left running may hold a database connection or socket that would keep the
      // connections below from closing: give them a moment, then exit regardless.
      if (left) setTimeout(() => process.exit(0), 1000).unref()
    })
    this.logger.info(`Worker listening on queue "${this.queue}" (concurrency ${concurrency})`)
  }
}
