import StripeCustomer from '#models/stripe_customer'
import { stripeClient } from '#services/stripe'

export type Payer =
  | { organisationId: number; name: string; email: string }
  | { userId: number; name: string; email: string }

/**
 * The payer's Stripe customer, created on their first purchase. The idempotency key
 * makes two simultaneous first purchases create one customer at Stripe; the unique
 * columns make them one row here.
 */
export default class EnsureStripeCustomer {
  async handle(payer: Payer) {
    const owner =
      'organisationId' in payer
        ? { column: 'organisation_id' as const, id: payer.organisationId, tag: 'organisation' }
        : { column: 'user_id' as const, id: payer.userId, tag: 'user' }
    const existing = await StripeCustomer.query().where(owner.column, owner.id).first()
    if (existing) return existing.stripeCustomerId

    const customer = await stripeClient().customers.create(
      {
        name: payer.name,
        email: payer.email,
        metadata: { [`${owner.tag}_id`]: String(owner.id) },
      },
      { idempotencyKey: `most-customer-${owner.tag}-${owner.id}` }
    )
    const saved = await StripeCustomer.remember(owner, customer.id)
    return saved.stripeCustomerId
  }

  /** Who a Stripe customer id belongs to, if it is one of ours. */
  static async payerOf(stripeCustomerId: string | null | undefined) {
    if (!stripeCustomerId) return null
    const row = await StripeCustomer.findBy('stripeCustomerId', stripeCustomerId)
    if (!row) return null
    return row.organisationId
      ? { organisationId: row.organisationId }
      : { userId: row.userId as number }
  }
}
