import { StripeEventSchema } from '#database/schema'

/** A Stripe webhook event exactly as received; its Stripe id is the primary key. */
export default class StripeEvent extends StripeEventSchema {
  static selfAssignPrimaryKey = true
}
