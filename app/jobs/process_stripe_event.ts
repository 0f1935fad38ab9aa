import HandleStripeEvent from '#actions/payments/handle_stripe_event'
import type { JobHandler } from '#jobs/registry'

/** Applies one stored Stripe webhook event (exactly once: see the action). */
export default class ProcessStripeEvent implements JobHandler<{ eventId: string }> {
  async handle(payload: { eventId: string }) {
    return new HandleStripeEvent().handle(payload)
  }
}
