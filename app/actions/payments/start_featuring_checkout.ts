import type Opportunity from '#models/opportunity'
import type Organisation from '#models/organisation'
import type User from '#models/user'
import FeaturedListing from '#models/featured_listing'
import EnsureStripeCustomer from '#actions/payments/ensure_stripe_customer'
import ChangeFeaturingStatus from '#actions/payments/change_featuring_status'
import { paymentsSettings, stripeClient } from '#services/stripe'
import { absoluteUrlFor } from '#services/app_url'
import type { FeaturedPeriod } from '#config/payments'

/**
 * A member buys featuring for one of the organisation's published listings: a pending
 * featuring row, the organisation's Stripe customer (made on its first purchase) and a
 * Checkout session. The featuring starts only when Stripe reports the payment (webhook).
 * Returns the Checkout page to send the buyer to.
 */
export default class StartFeaturingCheckout {
  async handle({
    opportunity,
    organisation,
    buyer,
    days,
  }: {
    opportunity: Opportunity
    organisation: Organisation
    buyer: User
    days: FeaturedPeriod
  }) {
    const settings = paymentsSettings()
    const amount = settings.featured[days]
    const featuring = await FeaturedListing.create({
      opportunityId: opportunity.id,
      organisationId: organisation.id,
      source: 'purchase',
      status: 'pending',
      days,
      amount,
      currency: settings.currency,
      createdById: buyer.id,
    })
    try {
      const customer = await new EnsureStripeCustomer().handle({
        organisationId: organisation.id,
        name: organisation.name,
        email: buyer.email,
      })
      const backTo = absoluteUrlFor('partner.opportunities.edit', { id: opportunity.id })
      const session = await stripeClient().checkout.sessions.create(
        {
          mode: 'payment',
          customer,
          client_reference_id: `featuring-${featuring.id}`,
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: settings.currency,
                unit_amount: amount,
                product_data: {
                  name: `Featured listing, ${days} days: ${opportunity.titleEn || opportunity.titleSr}`,
                },
              },
            },
          ],
          metadata: { featured_listing_id: String(featuring.id) },
          payment_intent_data: { metadata: { featured_listing_id: String(featuring.id) } },
          success_url: `${backTo}?featuring=paid`,
          cancel_url: `${backTo}?featuring=cancelled`,
        },
        { idempotencyKey: `most-featuring-checkout-${featuring.id}` }
      )
      featuring.checkoutSessionId = session.id
      await featuring.save()
      return { featuring, url: session.url! }
    } catch (error) {
      // Nothing was bought: the row stays as a record of the attempt, never as a pending sale.
      await new ChangeFeaturingStatus().handle({ featuring, to: 'abandoned' })
      throw error
    }
  }
}
