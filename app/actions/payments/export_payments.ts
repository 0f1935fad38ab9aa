import ListPayments, { type LedgerScope } from '#actions/payments/list_payments'
import { toCsv } from '#services/csv'

const HEADER = ['id', 'date', 'payer', 'kind', 'product', 'amount', 'currency', 'description']

/** The same ledger lines as the page, all of them, as a spreadsheet-safe CSV. */
export default class ExportPayments {
  async handle(scope: LedgerScope) {
    const payments = await new ListPayments().query(scope)
    return toCsv(
      HEADER,
      payments.map((payment) => [
        payment.id,
        payment.occurredAt.toISO()!,
        payment.organisation?.name ?? payment.user?.fullName ?? '',
        payment.kind,
        payment.product,
        (payment.amount / 100).toFixed(2),
        payment.currency.toUpperCase(),
        payment.description,
      ])
    )
  }
}
