import type { Job, Worker } from 'bullmq'

/**
 * Tracks the jobs a worker is running, so SIGTERM can wait for them — up to a grace —
 * and say which it leaves behind.
 */
export class RunningJobs {
  #jobs = new Map<Job, Promise<unknown>>()

  /** Runs `work` for `job`, counted as running until it settles. */
  async track<T>(job: Job, work: () => Promise<T>): Promise<T> {
    const running = work()
    this.#jobs.set(job, running)
    try {
      return await running
    } finally {
      this.#jobs.delete(job)
    }
  }

  get size() {
    return this.#jobs.size
  }

  /** Resolves true once every running job settled, false when `ms` passed first. */
  async settled(ms: number) {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)))
    const all = Promise.allSettled([...this.#jobs.values()]).then(() => true as const)
    try {
      return await Promise.race([all, timeout])
    } finally {
      clearTimeout(timer)
    }
  }

  describe() {
    return [...this.#jobs.keys()].map((job) => `${job.name} #${job.id}`).join(', ')
  }
}

/**
 * The worker's SIGTERM: take no new job, give the running ones `graceMs` to finish, then
 * close. A job still running after the grace is left as it is: its lock is no longer
 * renewed, so the next worker takes it again as a stalled job (jobs are idempotent), and
 * this process exits shortly after — an open database transaction it held is rolled back.
 */
export async function stopWorker(
  worker: Worker,
  running: RunningJobs,
  graceMs: number,
  logger: { info(message: string): void; warning(message: string): void }
) {
  const startedAt = Date.now()
  await worker.pause(true)
  if (running.size) {
    logger.info(`stopping: waiting up to ${graceMs} ms for ${running.size} job(s) in hand`)
  }
  const finished = running.size === 0 || (await running.settled(graceMs))
  if (finished) {
    await worker.close()
    logger.info(`stopped after ${Date.now() - startedAt} ms, no job left running`)
    return { left: 0 }
  }
  const left = running.size
  logger.warning(
    `stopping: ${left} job(s) still running after ${graceMs} ms (${running.describe()}); ` +
      'left to be taken again by the next worker'
  )
  await worker.close(true)
  return { left }
}
