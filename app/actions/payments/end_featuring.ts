import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import FeaturedListing from '#models/featured_listing'

/**
 * Ends a featuring period (its time is up, or it was refunded). The listing stays
 * featured only as long as another active period of it still runs.
 */
export default class EndFeaturing {
  async handle({
    featuring,
    status,
    trx,
    now = DateTime.now(),
  }: {
    featuring: FeaturedListing
    status: 'ended' | 'refunded'
    trx: TransactionClientContract
    now?: DateTime
  }) {
    if (featuring.status === 'ended' || featuring.status === 'refunded') return featuring
    featuring.useTransaction(trx)
    featuring.status = status
    featuring.endedAt = now
    await featuring.save()

    const [{ until }] = await trx
      .from('featured_listings')
      .where('opportunity_id', featuring.opportunityId)
      .where('status', 'active')
      .where('ends_at', '>', now.toJSDate())
      .max('ends_at as until')
    await trx
      .from('opportunities')
      .where('id', featuring.opportunityId)
      .update({ featured_until: until ?? null })
    return featuring
  }

  /** Every active period whose time is up, ended; returns how many. */
  static async expire(trx: TransactionClientContract, now: DateTime = DateTime.now()) {
    const due = await FeaturedListing.query({ client: trx })
      .where('status', 'active')
      .where('endsAt', '<=', now.toJSDate())
      .forUpdate()
      .skipLocked()
    for (const featuring of due) {
      await new EndFeaturing().handle({ featuring, status: 'ended', trx, now })
    }
    return due.length
  }
}
