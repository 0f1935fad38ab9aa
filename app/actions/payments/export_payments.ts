import ListPayments, { type LedgerScope } from '#actions/payments/list_payments'
import PaymentTransformer from '#transformers/payment_transformer'
import { toCsv } from '#services/csv'

/** The same ledger lines as the page, all of them, as a spreadsheet-safe CSV. */
export default class ExportPayments {
  async handle(scope: LedgerScope) {
    const payments = await new ListPayments().query(scope)
    return toCsv(
      PaymentTransformer.csvHeader,
      payments.map((payment) => new PaymentTransformer(payment).forCsv())
    )
  }
}
