import type User from '#models/user'
import StripeCustomer from '#models/stripe_customer'
import { stripeClient } from '#services/stripe'
import { absoluteUrlFor } from '#services/app_url'

/**
 * The Stripe Customer Portal for an investor who has paid before: card, cancellation
 * and invoices are managed there; changes come back as subscription webhooks.
 * Returns null when the investor has no Stripe customer yet.
 */
export default class OpenBillingPortal {
  async handle({ investor }: { investor: User }) {
    const customer = await StripeCustomer.findBy('userId', investor.id)
    if (!customer) return null
    const session = await stripeClient().billingPortal.sessions.create({
      customer: customer.stripeCustomerId,
      return_url: absoluteUrlFor('investor.club.show'),
    })
    return session.url
  }
}
