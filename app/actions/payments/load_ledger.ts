import ListPayments, { type LedgerScope } from '#actions/payments/list_payments'
import ListStaffFeaturings from '#actions/payments/list_staff_featurings'
import ListFailedStripeEvents from '#actions/payments/list_failed_stripe_events'

/**
 * The payments page: one page of ledger lines and, for staff, the featurings running,
 * the listings they may grant featuring to and the Stripe events that could not be applied.
 */
export default class LoadLedger {
  async handle({ scope, page }: { scope: LedgerScope; page: number }) {
    const forStaff = 'all' in scope
    const [lines, overview, failedEvents] = await Promise.all([
      new ListPayments().handle(scope, page),
      forStaff ? new ListStaffFeaturings().handle() : null,
      forStaff ? new ListFailedStripeEvents().handle() : [],
    ])
    return { lines, overview, failedEvents }
  }
}
