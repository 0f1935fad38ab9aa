import { Queue, type JobState } from 'bullmq'
import appEnv from '#start/env'
import { queueConfig } from '#config/queue'
import { outboxJobId } from '#services/outbox'
import type { Group } from '@japa/runner/core'
import { spawnAce } from '#tests/helpers/ace_process'
import { clearTestRedisKeys } from '#tests/helpers/redis'

/**
 * A Redis key prefix of its own for one file's worker processes, under the run's prefix
 * (removed after the run by scripts/test.sh, also when the run was killed).
 */
export function workerKeyPrefix(name: string) {
  return `${appEnv.get('REDIS_KEY_PREFIX')}${name}:`
}

/** The default queue as a worker under `prefix` sees it, read straight from Redis. */
export function queueUnder(prefix: string) {
  return new Queue(queueConfig.defaultQueue, {
    connection: queueConfig.connection,
    prefix: `${prefix.replace(/:$/, '')}:bull`,
  })
}

/**
 * Waits until the job of outbox row `rowId` reached one of `states`: a final state
 * ('completed', 'failed') means BullMQ will never run it again, which is what "exactly
 * once" needs, rather than a pause long enough for a second run to show.
 */
export async function waitForOutboxJob(
  queue: Queue,
  rowId: number,
  states: (JobState | 'unknown')[] = ['completed', 'failed'],
  context: () => string = () => ''
) {
  let state = ''
  await waitFor(
    async () => states.includes((state = await queue.getJobState(outboxJobId(rowId)))),
    `the job of outbox row ${rowId} to be ${states.join(' or ')}`,
    30_000,
    () => `last state: ${state}\n${context()}`
  )
  return state
}

/**
 * Runs `node ace queue:work` as a real child process (the same command `npm start`
 * runs), with extra environment variables, so tests can kill it like an operator or a
 * crash would.
 */
export function startWorkerProcess(env: Record<string, string>) {
  const { child, output } = spawnAce(['queue:work', '--concurrency', '1'], env)
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal }))
  )
  return {
    child,
    exited,
    output,
    /** Stops it for good (used in cleanup, whatever state the test left it in). */
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      await exited
    },
  }
}

/** Polls `check` until it returns true; fails with `label` after `timeoutMs`. */
export async function waitFor(
  check: () => Promise<boolean> | boolean,
  label: string,
  timeoutMs = 30_000,
  context: () => string = () => ''
) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${label}\n${context()}`)
}

/**
 * The undo steps of a group whose tests start real worker processes under `prefix` (their
 * data is committed): each test's, run after it, last first; then the prefix's Redis keys.
 */
export function undoAfterEachTest(group: Group, prefix: string) {
  const cleanups: (() => Promise<unknown>)[] = []
  group.each.teardown(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })
  group.teardown(() => clearTestRedisKeys(prefix))
  return cleanups
}

/**
 * What a group of tests with real worker processes works with: its own key prefix (`name`),
 * the undo steps run after each test (then the prefix's Redis keys), the queue as the
 * worker sees it, and `startWorker`, a worker under that prefix killed after the test.
 */
export function workerTestGroup(group: Group, name: string) {
  const prefix = workerKeyPrefix(name)
  const queue = queueUnder(prefix)
  group.teardown(() => queue.close())
  const cleanups = undoAfterEachTest(group, prefix)
  return {
    prefix,
    queue,
    cleanups,
    startWorker(env: Record<string, string> = {}) {
      const worker = startWorkerProcess({ REDIS_KEY_PREFIX: prefix, LOG_LEVEL: 'info', ...env })
      cleanups.push(() => worker.kill())
      return worker
    },
  }
}
