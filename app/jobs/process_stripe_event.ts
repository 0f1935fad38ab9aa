import HandleStripeEvent from '#actions/payments/handle_stripe_event'
import type { JobHandler } from '#jobs/payloads'
import { queueConfig } from '#config/queue'

/**
 * Applies one stored Stripe webhook event (exactly once: see the action). An event that
 * can never apply fails at once (UnrecoverableError), without BullMQ's retries.
 */
export default class ProcessStripeEvent implements JobHandler<{ eventId: string }> {
  async handle(payload: { eventId: string }, context: { attempt: number }) {
    return new HandleStripeEvent().handle({
      eventId: payload.eventId,
      attempt: context.attempt,
      maxAttempts: queueConfig.defaultJobOptions.attempts,
    })
  }
}
