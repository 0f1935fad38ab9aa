import db from '@adonisjs/lucid/services/db'
import { StripeCustomerSchema } from '#database/schema'

/** The one Stripe customer of a paying organisation or investor. */
export default class StripeCustomer extends StripeCustomerSchema {
  static table = 'stripe_customers'

  /**
   * Records the payer's Stripe customer unless one was recorded meanwhile (two first
   * purchases at once), and returns the one that stands.
   */
  static async remember(
    owner: { column: 'organisation_id' | 'user_id'; id: number },
    stripeCustomerId: string
  ) {
    await db
      .insertQuery()
      .table(this.table)
      .insert({
        [owner.column]: owner.id,
        stripe_customer_id: stripeCustomerId,
        created_at: new Date(),
      })
      .onConflict(owner.column)
      .ignore()
    return this.query().where(owner.column, owner.id).firstOrFail()
  }
}
