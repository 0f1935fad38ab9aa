import Payment from '#models/payment'

export const PAYMENTS_PER_PAGE = 50

export type LedgerScope = { organisationId: number } | { userId: number } | { all: true }

/** The ledger, newest first: one payer's lines, or everyone's for staff. */
export default class ListPayments {
  query(scope: LedgerScope) {
    const query = Payment.query()
      .preload('organisation')
      .preload('user')
      .orderBy('occurredAt', 'desc')
      .orderBy('id', 'desc')
    if ('organisationId' in scope) query.where('organisationId', scope.organisationId)
    if ('userId' in scope) query.where('userId', scope.userId)
    return query
  }

  async handle(scope: LedgerScope, page = 1) {
    return this.query(scope).paginate(page, PAYMENTS_PER_PAGE)
  }
}
