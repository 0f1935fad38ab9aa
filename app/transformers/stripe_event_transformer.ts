import type StripeEvent from '#models/stripe_event'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** A stored Stripe event as staff see it: never its payload, which may hold personal data. */
export default class StripeEventTransformer extends BaseTransformer<StripeEvent> {
  toObject() {
    return this.pick(this.resource, [
      'id',
      'type',
      'lastError',
      'attempts',
      'failedAt',
      'receivedAt',
      'stripeCreatedAt',
    ])
  }
}
