import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import FeaturedListing from '#models/featured_listing'
import Opportunity from '#models/opportunity'
import type User from '#models/user'
import ChangeFeaturingStatus from '#actions/payments/change_featuring_status'

/**
 * Ends a featuring period (its time is up, or it was refunded). The listing stays
 * featured only as long as another active period of it still runs.
 */
export default class EndFeaturing {
  async handle({
    featuring,
    status,
    trx,
    actor = null,
    now = DateTime.now(),
  }: {
    featuring: FeaturedListing
    status: 'ended' | 'refunded'
    trx: TransactionClientContract
    /** Staff who made the change; null when Stripe or the schedule did. */
    actor?: User | null
    now?: DateTime
  }) {
    const ended = await new ChangeFeaturingStatus().handle({
      featuring,
      to: status,
      period: { endedAt: now },
      actor,
      trx,
    })
    if (!ended) return featuring

    const [{ until }] = await trx
      .from('featured_listings')
      .where('opportunity_id', featuring.opportunityId)
      .where('status', 'active')
      .where('ends_at', '>', now.toJSDate())
      .max('ends_at as until')
    await Opportunity.query({ client: trx })
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
