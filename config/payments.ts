import env from '#start/env'

/**
 * Payments through Stripe. Every key is optional: without STRIPE_SECRET_KEY the app
 * runs normally, purchase buttons give way to a short note and staff can still grant
 * featuring. Amounts are in the currency's smallest unit (cents for EUR).
 */
const paymentsConfig = {
  secretKey: env.get('STRIPE_SECRET_KEY') || null,
  webhookSecret: env.get('STRIPE_WEBHOOK_SECRET') || null,
  currency: (env.get('PAYMENTS_CURRENCY') || 'eur').toLowerCase(),
  /** Featured listing: one-time price per period, in days. */
  featured: {
    30: env.get('FEATURED_30_DAYS_AMOUNT', 4900),
    90: env.get('FEATURED_90_DAYS_AMOUNT', 12900),
  } as Record<FeaturedPeriod, number>,
  /** Investor Club: recurring Stripe Price ids (created in the Stripe dashboard). */
  club: {
    monthly: env.get('STRIPE_CLUB_MONTHLY_PRICE') || null,
    yearly: env.get('STRIPE_CLUB_YEARLY_PRICE') || null,
  } as Record<ClubPlan, string | null>,
  /**
   * Where the Stripe client sends its requests. Only ever changed to reach a local
   * stand-in (tests, stripe-mock); production leaves these empty for api.stripe.com.
   */
  api: {
    host: env.get('STRIPE_API_HOST') || undefined,
    port: env.get('STRIPE_API_PORT') || undefined,
    protocol: env.get('STRIPE_API_PROTOCOL') || undefined,
  },
}

export const featuredPeriods = [30, 90] as const
export type FeaturedPeriod = (typeof featuredPeriods)[number]
export const clubPlans = ['monthly', 'yearly'] as const
export type ClubPlan = (typeof clubPlans)[number]

export default paymentsConfig
