import type { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type FeaturedListing from '#models/featured_listing'
import { featuringTransitions, type FeaturingStatus } from '#enums/payments'

/**
 * The only writer of a featuring's status. A step the life cycle does not allow (an
 * ended period "ending" again, a late Stripe event for a settled checkout) changes
 * nothing and returns false, so replayed and out-of-order events stay harmless. The
 * period's dates change with the status, in the caller's transaction; the money side
 * is in the payments ledger, written by the caller.
 */
export default class ChangeFeaturingStatus {
  async handle({
    featuring,
    to,
    period = {},
    trx,
  }: {
    featuring: FeaturedListing
    to: FeaturingStatus
    period?: { startsAt?: DateTime; endsAt?: DateTime; endedAt?: DateTime }
    /** Absent only where no transaction is open (a checkout that failed to start). */
    trx?: TransactionClientContract
  }) {
    if (!featuringTransitions[featuring.status].includes(to)) return false
    if (trx) featuring.useTransaction(trx)
    featuring.merge({ ...period, status: to })
    await featuring.save()
    return true
  }
}
