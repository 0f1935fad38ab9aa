import { DateTime } from 'luxon'
import type { JobHandler } from '#jobs/payloads'
import RefreshPublicFigures from '#actions/community/figures/refresh_public_figures'

/**
 * Hourly: recomputes the public figures page's summary table. Idempotent by
 * construction: each run replaces the whole table in one transaction.
 */
export default class RefreshPublicFiguresJob implements JobHandler<{ now?: string }> {
  async handle(payload: { now?: string }) {
    return new RefreshPublicFigures().handle({
      now: payload.now ? DateTime.fromISO(payload.now) : undefined,
    })
  }
}
