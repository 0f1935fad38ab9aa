import db from '@adonisjs/lucid/services/db'
import { jobs, type JobName } from '#jobs/registry'
import { outboxJobId } from '#services/outbox'
import type { MailName } from '#mails/registry'
import type { SendEmailPayload } from '#jobs/send_email'

type OutboxRow = { id: number; job_name: string; payload: unknown }

/** Runs an outbox row's job with its registered handler, as the worker would. */
async function runRow(row: OutboxRow, attempt: number) {
  const load = jobs[row.job_name as JobName] as () => Promise<{
    default: new () => {
      handle(payload: unknown, context: { attempt: number; jobId?: string }): Promise<unknown>
    }
  }>
  const { default: Handler } = await load()
  return new Handler().handle(row.payload, { attempt, jobId: outboxJobId(row.id) })
}

/**
 * Runs every pending outbox message in-process, as the worker would after the relay:
 * the same handlers, without Redis. Delayed messages run only when `includeDelayed`
 * (tests that drive the clock call their jobs directly instead). Returns the job names run.
 */
export async function drainOutbox(options: { includeDelayed?: boolean; only?: JobName[] } = {}) {
  const ran: string[] = []
  for (let round = 0; round < 10; round++) {
    const query = db.from('outbox_messages').whereNull('dispatched_at').orderBy('id')
    if (!options.includeDelayed) query.where('available_at', '<=', new Date())
    if (options.only) query.whereIn('job_name', options.only)
    const rows = await query
    if (!rows.length) break
    for (const row of rows) {
      await db.from('outbox_messages').where('id', row.id).update({ dispatched_at: new Date() })
      await runRow(row, 1)
      ran.push(row.job_name)
    }
  }
  return ran
}

/** The `mail:send` messages in the outbox (sent or not), oldest first, optionally of one mail. */
export async function queuedMails(
  mail?: MailName
): Promise<(OutboxRow & { payload: SendEmailPayload })[]> {
  const query = db.from('outbox_messages').where('job_name', 'mail:send').orderBy('id')
  if (mail) query.whereRaw(`payload->>'mail' = ?`, [mail])
  return query
}

/** Runs one outbox message's job again, as BullMQ does when it retries a job. */
export async function rerunOutboxMessage(row: { id: number }) {
  return runRow(await db.from('outbox_messages').where('id', row.id).firstOrFail(), 2)
}
