import { StripeCustomerSchema } from '#database/schema'

/** The one Stripe customer of a paying organisation or investor. */
export default class StripeCustomer extends StripeCustomerSchema {}
