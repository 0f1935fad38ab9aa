import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type FeaturedListing from '#models/featured_listing'
import Opportunity from '#models/opportunity'
import type User from '#models/user'
import ChangeFeaturingStatus from '#actions/payments/change_featuring_status'
import { enqueue } from '#services/outbox'

/**
 * Starts a featuring period. A listing that is already featured gets the new period
 * added after the current one, so paying twice never loses days. The end is queued as
 * a delayed job right away; the scheduled sweep catches any it missed.
 */
export default class ActivateFeaturing {
  async handle({
    featuring,
    trx,
    actor = null,
    now = DateTime.now(),
  }: {
    featuring: FeaturedListing
    trx: TransactionClientContract
    /** Staff who made the change; null when Stripe or the schedule did. */
    actor?: User | null
    now?: DateTime
  }) {
    if (featuring.status === 'active') return featuring
    const listing = await Opportunity.query({ client: trx })
      .where('id', featuring.opportunityId)
      .forUpdate()
      .select('id', 'featured_until')
      .firstOrFail()
    const currentEnd = listing.featuredUntil
    const startsAt = currentEnd && currentEnd > now ? currentEnd : now
    const endsAt = startsAt.plus({ days: featuring.days })

    const started = await new ChangeFeaturingStatus().handle({
      featuring,
      to: 'active',
      period: { startsAt, endsAt },
      actor,
      trx,
    })
    if (!started) return featuring
    await Opportunity.query({ client: trx })
      .where('id', featuring.opportunityId)
      .update({ featured_until: endsAt.toJSDate() })
    await enqueue(
      trx,
      'payments:end-featuring',
      {},
      { key: `featuring-end:${featuring.id}`, delayMs: Math.max(0, endsAt.diff(now).toMillis()) }
    )
    return featuring
  }
}
