import type Opportunity from '#models/opportunity'
import FeaturedListing from '#models/featured_listing'
import { paymentsEnabled, paymentsSettings } from '#services/stripe'
import { featuredPeriods } from '#config/payments'

/** What the listing's edit page shows about featuring: state, prices, history, may they buy. */
export default class FeaturingOverview {
  async handle({ opportunity, canBuy }: { opportunity: Opportunity; canBuy: boolean }) {
    const settings = paymentsSettings()
    const periods = await FeaturedListing.query()
      .where('opportunityId', opportunity.id)
      .whereNot('status', 'abandoned')
      .preload('createdBy')
      .orderBy('id', 'desc')
      .limit(20)
    return {
      featuredUntil: opportunity.featuredUntil?.toISO() ?? null,
      paymentsEnabled: paymentsEnabled(),
      canBuy,
      currency: settings.currency,
      prices: featuredPeriods.map((days) => ({ days, amount: settings.featured[days] })),
      // Page props only take transformers at the top level: the caller transforms these.
      periods,
    }
  }
}
