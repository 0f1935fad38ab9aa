import StripeEvent from '#models/stripe_event'

/**
 * Stripe events that could not be applied (marked failed by the job, with the reason),
 * newest first, for staff on the payments page. Applying one again clears it.
 */
export default class ListFailedStripeEvents {
  async handle() {
    return StripeEvent.query()
      .whereNotNull('failedAt')
      .whereNull('processedAt')
      .orderBy('failedAt', 'desc')
      .select('id', 'type', 'lastError', 'attempts', 'failedAt', 'receivedAt', 'stripeCreatedAt')
      .limit(100)
  }
}
