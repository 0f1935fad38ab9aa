import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import EndFeaturing from '#actions/payments/end_featuring'
import type { JobHandler } from '#jobs/payloads'

/**
 * Ends featuring periods whose time is up: queued for each period's end, and run on a
 * schedule as a safety net. Idempotent: an ended period is no longer active.
 */
export default class EndExpiredFeaturing implements JobHandler<{ now?: string }> {
  async handle(payload: { now?: string }) {
    const now = payload.now ? DateTime.fromISO(payload.now) : DateTime.now()
    const ended = await db.transaction((trx) => EndFeaturing.expire(trx, now))
    return { ended }
  }
}
