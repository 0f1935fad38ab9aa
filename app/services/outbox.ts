import app from '@adonisjs/core/services/app'
import { HttpContext } from '@adonisjs/core/http'
import encryption from '@adonisjs/core/services/encryption'
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract, TransactionClientContract } from '@adonisjs/lucid/types/database'
import { QueueManager } from '#services/queue_manager'
import type { JobName, JobPayloads } from '#jobs/payloads'

/**
 * The transactional outbox. Whatever must happen after a database change is written
 * to `outbox_messages` in the same transaction, so it exists exactly when the change
 * does. The relay copies pending rows to BullMQ (job id = `outbox-<row id>`, so a row
 * can never become two jobs; dedupe keys hold colons, which BullMQ refuses in job ids): right after the commit when Redis answers, and from the
 * worker every second otherwise, so nothing is lost while Redis is down.
 */
export async function enqueue<Name extends JobName>(
  trx: QueryClientContract,
  name: Name,
  payload: JobPayloads[Name],
  options: { key: string; delayMs?: number }
) {
  await trx
    .insertQuery()
    .table('outbox_messages')
    .insert({
      job_name: name,
      payload: JSON.stringify(payload),
      dedupe_key: options.key,
      available_at: new Date(Date.now() + (options.delayMs ?? 0)),
      created_at: new Date(),
      request_id: currentRequestId(),
    })
    .onConflict('dedupe_key')
    .ignore()
  if ('after' in trx) {
    ;(trx as TransactionClientContract).after('commit', relaySoon)
  } else {
    relaySoon()
  }
}

/**
 * Best effort, never in the caller's way: the worker's relay catches up on failure.
 * Only the web process relays right away; an ace command (seeders, the worker itself)
 * may close its database connection before a deferred relay could run.
 */
function relaySoon() {
  if (app.inTest || app.getEnvironment() !== 'web') return
  setImmediate(() => {
    relayOutbox().catch((error) => logger.warn({ err: error }, 'outbox relay postponed'))
  })
}

const DISPATCH_TIMEOUT_MS = 3000

/** The current request's id (a client may send its own x-request-id: only a plain token is kept). */
function currentRequestId() {
  const id = HttpContext.get()?.request.id()
  return id && /^[A-Za-z0-9._:-]{1,64}$/.test(id) ? id : null
}

/** The job carries the id of the request that queued it; handlers ignore the extra key. */
function withRequestId<Payload extends object>(payload: Payload, requestId: string | null) {
  return requestId ? { ...payload, requestId } : payload
}

/** Copies up to `limit` pending outbox rows to BullMQ; returns how many it handed over. */
export async function relayOutbox(limit = 200) {
  const manager = await app.container.make(QueueManager)
  return db.transaction(async (trx) => {
    // SKIP LOCKED: the web process and the worker may relay at the same time.
    const rows = await trx
      .from('outbox_messages')
      .whereNull('dispatched_at')
      .orderBy('id')
      .limit(limit)
      .forUpdate()
      .skipLocked()
    let handed = 0
    for (const row of rows) {
      try {
        await withTimeout(
          manager.dispatch(row.job_name, withRequestId(row.payload, row.request_id), {
            jobId: outboxJobId(row.id),
            delay: Math.max(0, new Date(row.available_at).getTime() - Date.now()),
            // A job carrying a sealed link token leaves no finished copy in Redis.
            ...(row.payload?.sealedSecret ? { removeOnComplete: true } : {}),
          }),
          DISPATCH_TIMEOUT_MS
        )
      } catch (error) {
        await trx
          .from('outbox_messages')
          .where('id', row.id)
          .update({ attempts: row.attempts + 1, last_error: String(error).slice(0, 1000) })
        break
      }
      await trx.from('outbox_messages').where('id', row.id).update({ dispatched_at: new Date() })
      handed++
    }
    return handed
  })
}

/** The BullMQ job id of an outbox row. */
export function outboxJobId(rowId: number) {
  return `outbox-${rowId}`
}

/** The outbox row behind a BullMQ job id, when the job came through the outbox. */
export function outboxRowId(jobId: string | undefined) {
  const match = jobId?.match(/^outbox-(\d+)$/)
  return match ? Number(match[1]) : null
}

function withTimeout<T>(promise: Promise<T>, ms: number) {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms).unref()
    ),
  ])
}

/**
 * Queues an e-mail (the `mail:send` job) in the caller's transaction.
 *
 * `secret` is for links whose token is stored only as a hash (password reset,
 * invitation): the worker cannot rebuild such a link, so the token has to travel. It
 * travels sealed (AES-256-GCM with APP_KEY, bound to this mail's key, expiring with the
 * link), never in plain text in `outbox_messages` or Redis, and the mail job strips it
 * from the outbox row once the e-mail is out.
 */
export async function queueMail<Name extends import('#mails/registry').MailName>(
  trx: QueryClientContract,
  mail: Name,
  args: import('#mails/registry').MailArgs<Name>,
  options: {
    key: string
    dealId?: number | null
    delayMs?: number
    secret?: { value: string; expiresIn: string }
  }
) {
  await enqueue(
    trx,
    'mail:send',
    {
      mail,
      args: args as Record<string, unknown>,
      key: options.key,
      dealId: options.dealId ?? null,
      ...(options.secret
        ? {
            sealedSecret: encryption.encrypt(
              options.secret.value,
              options.secret.expiresIn,
              mailSecretPurpose(options.key)
            ),
          }
        : {}),
    },
    { key: `mail:${options.key}`, delayMs: options.delayMs }
  )
}

/** A sealed secret opens only for the e-mail it was sealed for. */
export function mailSecretPurpose(key: string) {
  return `mail:${key}`
}
