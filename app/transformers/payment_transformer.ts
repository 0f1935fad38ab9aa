import type Payment from '#models/payment'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** A ledger line as its payer and staff see it (Stripe references stay server-side). */
export default class PaymentTransformer extends BaseTransformer<Payment> {
  toObject() {
    return {
      ...this.pick(this.resource, [
        'id',
        'kind',
        'product',
        'amount',
        'currency',
        'description',
        'occurredAt',
        'featuredListingId',
      ]),
    }
  }

  /** Staff also see who paid, and whether the line can be refunded. */
  forStaff() {
    const payment = this.resource
    const organisation = payment.$preloaded.organisation as Payment['organisation'] | undefined
    const user = payment.$preloaded.user as Payment['user'] | undefined
    return {
      ...this.toObject(),
      payer: organisation?.name ?? user?.fullName ?? '',
      refundable:
        payment.kind === 'charge' &&
        payment.product === 'featured_listing' &&
        !!payment.stripePaymentIntentId,
    }
  }
}
