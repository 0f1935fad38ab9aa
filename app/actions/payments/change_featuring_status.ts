import type { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type FeaturedListing from '#models/featured_listing'
import type User from '#models/user'
import { featuringTransitions, type FeaturingStatus } from '#enums/payments'
import audit from '#services/audit'

/**
 * The only writer of a featuring's status. A step the life cycle does not allow (an
 * ended period "ending" again, a late Stripe event for a settled checkout) changes
 * nothing and returns false, so replayed and out-of-order events stay harmless. The
 * period's dates change with the status and an audit entry records the step, in the
 * caller's transaction; the money side is in the payments ledger, written by the caller.
 */
export default class ChangeFeaturingStatus {
  async handle({
    featuring,
    to,
    period = {},
    actor = null,
    trx,
  }: {
    featuring: FeaturedListing
    to: FeaturingStatus
    period?: { startsAt?: DateTime; endsAt?: DateTime; endedAt?: DateTime }
    /** Staff who made the change; null when Stripe or the schedule did. */
    actor?: User | null
    /** Absent only where no transaction is open (a checkout that failed to start). */
    trx?: TransactionClientContract
  }): Promise<boolean> {
    if (!trx)
      return db.transaction((own) => this.handle({ featuring, to, period, actor, trx: own }))
    const from = featuring.status
    if (!featuringTransitions[from].includes(to)) return false
    featuring.useTransaction(trx)
    featuring.merge({ ...period, status: to })
    await featuring.save()
    await audit.record(trx, {
      actor,
      action: 'featuring.status_changed',
      subject: audit.subject('featured_listing', featuring),
      before: { status: from },
      after: { status: to, ...period },
    })
    return true
  }
}
