import type Payment from '#models/payment'
import { BaseTransformer } from '@adonisjs/core/transformers'
import type { CsvValue } from '#services/csv'

/** A ledger line as its payer and staff see it (Stripe references stay server-side). */
export default class PaymentTransformer extends BaseTransformer<Payment> {
  /** The columns of the ledger's CSV file, in the order `forCsv` gives them. */
  static csvHeader = ['id', 'date', 'payer', 'kind', 'product', 'amount', 'currency', 'description']

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

  /** A ledger line as a CSV row: euros with two decimals, the currency in capitals. */
  forCsv(): CsvValue[] {
    const payment = this.resource
    return [
      payment.id,
      payment.occurredAt.toISO()!,
      payment.organisation?.name ?? payment.user?.fullName ?? '',
      payment.kind,
      payment.product,
      (payment.amount / 100).toFixed(2),
      payment.currency.toUpperCase(),
      payment.description,
    ]
  }
}
