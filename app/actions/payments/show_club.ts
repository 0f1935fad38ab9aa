import ClubMembership from '#models/club_membership'
import StripeCustomer from '#models/stripe_customer'
import type User from '#models/user'

/** The investor's Investor Club page: their latest membership, and whether Stripe knows them. */
export default class ShowClub {
  async handle({ investor }: { investor: User }) {
    const membership = await ClubMembership.query()
      .where('userId', investor.id)
      .orderBy('stateAsOf', 'desc')
      .first()
    const hasBillingAccount = !!(await StripeCustomer.findBy('userId', investor.id))
    return { membership, hasBillingAccount }
  }
}
