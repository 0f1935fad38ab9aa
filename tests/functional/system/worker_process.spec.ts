import { test } from '@japa/runner'
import type { Assert } from '@japa/assert'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import { queueMail } from '#services/outbox'
import { dealWithOwner } from '#tests/helpers/deals'
import { startSmtpServer } from '#tests/helpers/smtp_server'
import { waitFor, waitForOutboxJob, workerTestGroup } from '#tests/helpers/worker_process'

/**
 * The real worker process against a real SMTP socket. The worker is a separate process,
 * so the data it reads is committed (no global transaction) and removed afterwards;
 * it runs under its own Redis key prefix so other tests' queue contents stay apart.
 */
type SmtpServer = Awaited<ReturnType<typeof startSmtpServer>>

const workerEnv = (smtpPort: number) => ({
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(smtpPort),
  // A killed worker's job comes back after about a second instead of BullMQ's 30 s.
  QUEUE_LOCK_DURATION_MS: '1000',
  QUEUE_STALLED_INTERVAL_MS: '500',
})

async function sentRows(key: string) {
  return db.from('sent_emails').where('dedupe_key', key)
}

test.group('Worker process', (group) => {
  // The worker's queue, seen from the test (same Redis prefix), reads job states.
  const { queue, cleanups, startWorker: startUnderPrefix } = workerTestGroup(group, 'worker')

  /**
   * A deal with its follow-up e-mail committed to the outbox (as any stage change would
   * queue it) and an SMTP server for the worker; all of it removed after the test.
   */
  async function queuedFollowUp(name: string) {
    const smtp = await startSmtpServer()
    cleanups.push(() => smtp.close())
    const { owner, investor, deal } = await dealWithOwner()
    const key = `follow-up-${name}-test-${deal.id}`
    cleanups.push(async () => {
      await db.from('sent_emails').where('dedupe_key', key).delete()
      await db.from('outbox_messages').where('dedupe_key', `mail:${key}`).delete()
      await User.query().whereIn('id', [owner.id, investor.id]).delete()
    })
    await db.transaction((trx) =>
      queueMail(
        trx,
        'crm_notice',
        { notice: 'follow_up', dealId: deal.id },
        { key, dealId: deal.id }
      )
    )
    return { smtp, owner, deal, key }
  }

  /** A worker (`env` on top of the usual), killed after the test whatever state it is in. */
  function startWorker(smtpPort: number, env: Record<string, string> = {}) {
    return startUnderPrefix({ ...workerEnv(smtpPort), ...env })
  }

  /**
   * After a worker left the job unfinished: nothing is delivered and its claim rolls back;
   * once the SMTP server accepts again, a new worker sends the e-mail, and the job is final
   * for BullMQ (completed, or failed when a 1 s lock was lost under load), so nothing runs
   * it again: one delivery now is one delivery for good.
   */
  async function nextWorkerDeliversOnce(assert: Assert, smtp: SmtpServer, key: string) {
    assert.lengthOf(smtp.delivered, 0)
    await waitFor(async () => (await sentRows(key)).length === 0, 'the claim to be rolled back')
    smtp.release()
    const next = startWorker(smtp.port)
    await waitFor(
      async () => (await sentRows(key)).some((row) => row.subject !== '(sending)'),
      'the second worker to send the e-mail',
      30_000,
      next.output
    )
    const [outboxRow] = await db.from('outbox_messages').where('dedupe_key', `mail:${key}`)
    await waitForOutboxJob(queue, outboxRow.id, ['completed', 'failed'], next.output)
    assert.lengthOf(smtp.delivered, 1, next.output())
    return next
  }

  test('a worker killed mid-send and restarted sends the e-mail exactly once', async ({
    assert,
  }) => {
    const { smtp, owner, deal, key } = await queuedFollowUp('kill')

    // The server takes the message but holds its acceptance: the worker is mid-send.
    smtp.hold()
    const first = startWorker(smtp.port)
    await waitFor(
      () => smtp.received.length === 1,
      'the first worker to reach the SMTP server',
      30_000,
      first.output
    )
    first.child.kill('SIGKILL')
    await first.exited
    // The worker's claim died with its transaction: nothing recorded as sent; a new worker
    // finds the job stalled, runs it again and the server accepts it.
    const second = await nextWorkerDeliversOnce(assert, smtp, key)
    assert.include(smtp.delivered[0], 'Cold storage in Pirot')
    const rows = await sentRows(key)
    assert.lengthOf(rows, 1)
    assert.equal(rows[0].to_address, owner.email)
    const timeline = await db.from('deal_activities').where({ deal_id: deal.id, kind: 'email' })
    assert.lengthOf(timeline, 1)
    const [outbox] = await db.from('outbox_messages').where('dedupe_key', `mail:${key}`)
    assert.isNotNull(outbox.dispatched_at)

    second.child.kill('SIGTERM')
    assert.deepEqual(await second.exited, { code: 0, signal: null })
  }).timeout(90_000)

  test('on SIGTERM the worker finishes the job in hand, then exits', async ({ assert }) => {
    const { smtp, key } = await queuedFollowUp('sigterm')

    smtp.hold()
    const worker = startWorker(smtp.port)
    await waitFor(() => smtp.received.length === 1, 'the worker to reach the SMTP server')
    worker.child.kill('SIGTERM')
    // It has begun to stop (no new jobs) and still waits for the e-mail in hand.
    await waitFor(
      () => worker.output().includes('Worker stopping'),
      'the worker to start stopping',
      10_000,
      worker.output
    )
    assert.isNull(worker.child.exitCode, 'the worker waits for the job in hand')
    assert.isNull(worker.child.signalCode)

    smtp.release()
    assert.deepEqual(await worker.exited, { code: 0, signal: null })
    assert.lengthOf(smtp.delivered, 1)
    const rows = await sentRows(key)
    assert.lengthOf(rows, 1)
    assert.notEqual(rows[0].subject, '(sending)')
  }).timeout(60_000)

  test('on SIGTERM a job still running after the grace is left: the worker exits in time, the next one completes it once', async ({
    assert,
  }) => {
    const { smtp, deal, key } = await queuedFollowUp('grace')

    // The SMTP server never answers while held: the job cannot finish within the grace.
    smtp.hold()
    const grace = 2000
    const first = startWorker(smtp.port, { QUEUE_SHUTDOWN_GRACE_MS: String(grace) })
    await waitFor(
      () => smtp.received.length === 1,
      'the worker to reach the SMTP server',
      30_000,
      first.output
    )
    const signalledAt = Date.now()
    first.child.kill('SIGTERM')
    assert.deepEqual(await first.exited, { code: 0, signal: null })
    const stoppedIn = Date.now() - signalledAt
    // It waited for the job the whole grace, then left it and exited soon after.
    assert.isAtLeast(stoppedIn, grace - 100, first.output())
    assert.isBelow(stoppedIn, grace + 2000, first.output())
    assert.include(first.output(), 'left to be taken again', first.output())
    // The next worker takes the stalled job and completes it, once.
    const second = await nextWorkerDeliversOnce(assert, smtp, key)
    assert.lengthOf(await sentRows(key), 1)
    const timeline = await db.from('deal_activities').where({ deal_id: deal.id, kind: 'email' })
    assert.lengthOf(timeline, 1)

    // Idle, it stops at once.
    const idleAt = Date.now()
    second.child.kill('SIGTERM')
    assert.deepEqual(await second.exited, { code: 0, signal: null })
    assert.isBelow(Date.now() - idleAt, 1500)
  }).timeout(90_000)
})
