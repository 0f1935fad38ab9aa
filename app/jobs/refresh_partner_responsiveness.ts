import { DateTime } from 'luxon'
import type { JobHandler } from '#jobs/payloads'
import RefreshResponsiveness from '#actions/organisations/refresh_responsiveness'

/**
 * Hourly: stores each partner's responsiveness for the "recommended" tie-breaker.
 * Idempotent: each run rewrites every organisation's figures in one transaction.
 */
export default class RefreshPartnerResponsivenessJob implements JobHandler<{ now?: string }> {
  async handle(payload: { now?: string }) {
    return new RefreshResponsiveness().handle({
      now: payload.now ? DateTime.fromISO(payload.now) : undefined,
    })
  }
}
