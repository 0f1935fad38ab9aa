export const featuringSources = ['purchase', 'grant'] as const
export type FeaturingSource = (typeof featuringSources)[number]

/** pending: checkout opened; abandoned: checkout expired unpaid; refunded: money returned. */
export const featuringStatuses = ['pending', 'active', 'ended', 'refunded', 'abandoned'] as const
export type FeaturingStatus = (typeof featuringStatuses)[number]

/** Which featuring status may follow which; ended, refunded and abandoned are final. */
export const featuringTransitions: Record<FeaturingStatus, FeaturingStatus[]> = {
  pending: ['active', 'abandoned', 'refunded'],
  active: ['ended', 'refunded'],
  ended: [],
  refunded: [],
  abandoned: [],
}

export const paymentKinds = ['charge', 'refund', 'payment_failed', 'subscription_change'] as const
export type PaymentKind = (typeof paymentKinds)[number]

export const paymentProducts = ['featured_listing', 'investor_club'] as const
export type PaymentProduct = (typeof paymentProducts)[number]

/** Stripe subscription statuses that grant the Investor Club's benefits. */
export const clubActiveStatuses = ['active', 'trialing', 'past_due'] as const
