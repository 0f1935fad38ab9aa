import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Measures the e-mail job with one real worker process: how fast BullMQ takes jobs in
 * (50 adds in flight, as from concurrent web requests) and how fast one `queue:work`
 * process (the worker's default concurrency unless --concurrency) builds, records and "sends" them. Mail goes to the JSON
 * transport (no SMTP), Redis and PostgreSQL are real. Runs under its own Redis prefix
 * and removes what it wrote. `node ace bench:jobs --count 3000 [--json]`
 */
export default class BenchJobs extends BaseCommand {
  static commandName = 'bench:jobs'
  static description = 'Measure enqueue and processing rate of the e-mail job'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'Jobs to enqueue and process', default: 3000 })
  declare count: number

  @flags.number({ description: "Jobs the worker runs at once (default: the worker's own)" })
  declare concurrency?: number

  @flags.boolean({ description: 'Print the result as JSON' })
  declare json: boolean

  async run() {
    const { default: db } = await import('@adonisjs/lucid/services/db')
    const { Queue } = await import('bullmq')
    const { queueConfig } = await import('#config/queue')

    const deal = await db.from('deals').whereNotNull('owner_id').orderBy('id').first()
    if (!deal) {
      this.logger.error('No deal with an owner: seed the database first')
      this.exitCode = 1
      return
    }
    // A queue of its own: the worker below takes only these jobs, while its outbox relay
    // keeps handing real work to the real queue (nothing of the app's is touched).
    const run = `bench-${Date.now().toString(36)}`
    const queue = new Queue(run, {
      connection: queueConfig.connection,
      prefix: queueConfig.prefix,
      defaultJobOptions: { ...queueConfig.defaultJobOptions, removeOnComplete: true },
    })

    try {
      // Earlier runs leave dead rows behind them (each deletes what it wrote); a live
      // database has autovacuum for that, so runs start from a vacuumed table alike.
      await db.rawQuery('VACUUM ANALYZE sent_emails, deal_activities')

      // 1. Enqueue, 50 adds in flight at a time.
      const enqueueStarted = performance.now()
      for (let offset = 0; offset < this.count; offset += 50) {
        const batch = Array.from({ length: Math.min(50, this.count - offset) }, (_, index) =>
          queue.add(
            'mail:send',
            {
              mail: 'crm_notice',
              args: { notice: 'follow_up', dealId: deal.id },
              key: `${run}-${offset + index}`,
              dealId: deal.id,
            },
            { jobId: `${run}-${offset + index}` }
          )
        )
        await Promise.all(batch)
      }
      const enqueueSeconds = (performance.now() - enqueueStarted) / 1000

      // 2. One worker process drains the queue; timed from its "listening" line.
      const worker = spawn(
        process.execPath,
        [
          'ace',
          'queue:work',
          '--queue',
          run,
          ...(this.concurrency ? ['--concurrency', String(this.concurrency)] : []),
        ],
        {
          cwd: this.app.makePath(),
          env: { ...process.env, SMTP_HOST: '' },
          stdio: ['ignore', 'pipe', 'inherit'],
        }
      )
      const listening = await new Promise<number>((resolve, reject) => {
        worker.stdout.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('Worker listening')) resolve(performance.now())
        })
        worker.once('exit', (code) => reject(new Error(`worker exited with ${code}`)))
      })
      const cpuAtStart = cpuSeconds(worker.pid)
      // Completed jobs are removed at once, so "done" is: nothing left waiting or running.
      const pending = async () => {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized')
        return counts.waiting + counts.active + counts.delayed + counts.prioritized
      }
      while ((await pending()) > 0) {
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      const counts = await queue.getJobCounts('failed')
      const processSeconds = (performance.now() - listening) / 1000
      const cpuAtEnd = cpuSeconds(worker.pid)
      worker.kill('SIGTERM')
      await new Promise((resolve) => worker.once('exit', resolve))

      const [{ count: recorded }] = await db
        .from('sent_emails')
        .whereLike('dedupe_key', `${run}-%`)
        .count('* as count')
      const result = {
        jobs: this.count,
        concurrency: this.concurrency ?? queueConfig.worker.concurrency,
        enqueuedPerSecond: Math.round(this.count / enqueueSeconds),
        processedPerSecond: Math.round(this.count / processSeconds),
        failed: counts.failed,
        // The worker's own CPU time per job (user + system): unlike the rate, it hardly
        // depends on what else the machine is running.
        workerCpuMsPerJob:
          cpuAtStart === null || cpuAtEnd === null
            ? null
            : Math.round(((cpuAtEnd - cpuAtStart) * 1000 * 100) / this.count) / 100,
        emailsRecorded: Number(recorded),
      }
      if (this.json) {
        console.log(JSON.stringify(result))
      } else {
        this.logger.info(
          `${result.jobs} e-mail jobs: ${result.enqueuedPerSecond} enqueued/s, ` +
            `${result.processedPerSecond} processed/s by one worker (concurrency ${result.concurrency}), ` +
            `${result.workerCpuMsPerJob ?? '?'} ms worker CPU per job, ${result.failed} failed, ` +
            `${result.emailsRecorded} e-mails recorded`
        )
      }
    } finally {
      await db.from('deal_activities').whereLike('dedupe_key', `email:${run}-%`).delete()
      await db.from('sent_emails').whereLike('dedupe_key', `${run}-%`).delete()
      await queue.obliterate({ force: true })
      await queue.close()
    }
  }
}

/** CPU seconds (user + system) a process has used so far; null where /proc is missing. */
function cpuSeconds(pid: number | undefined) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    // utime and stime are fields 14 and 15 of stat, counted in clock ticks (100 per second).
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return null
  }
}
