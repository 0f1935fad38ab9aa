import Payment from '#models/payment'

/** One ledger line, e.g. to authorise its refund (404 when missing). */
export default class FindPayment {
  handle(id: number | string) {
    return Payment.findOrFail(id)
  }
}
