import type User from '#models/user'
import ClubMembership from '#models/club_membership'
import EnsureStripeCustomer from '#actions/payments/ensure_stripe_customer'
import { paymentsSettings, stripeClient } from '#services/stripe'
import { absoluteUrlFor } from '#services/app_url'
import { fieldError } from '#exceptions/field_error'
import type { ClubPlan } from '#config/payments'

/**
 * An investor joins the Investor Club: a subscription Checkout session on the
 * configured price. The membership itself appears when Stripe reports it (webhooks).
 * A current member gets no second subscription: null instead of a Checkout URL.
 */
export default class StartClubCheckout {
  async handle({ investor, plan, message }: { investor: User; plan: ClubPlan; message: string }) {
    if (await ClubMembership.isMember(investor.id)) return null
    const price = paymentsSettings().club[plan]
    if (!price) throw fieldError('plan', message)
    const customer = await new EnsureStripeCustomer().handle({
      userId: investor.id,
      name: investor.fullName,
      email: investor.email,
    })
    const backTo = absoluteUrlFor('investor.club.show')
    const session = await stripeClient().checkout.sessions.create({
      mode: 'subscription',
      customer,
      client_reference_id: `club-${investor.id}`,
      line_items: [{ price, quantity: 1 }],
      metadata: { user_id: String(investor.id), plan },
      subscription_data: { metadata: { user_id: String(investor.id), plan } },
      success_url: `${backTo}?club=joined`,
      cancel_url: `${backTo}?club=cancelled`,
    })
    return session.url!
  }
}
