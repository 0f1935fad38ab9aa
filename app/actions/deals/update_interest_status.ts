import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import Interest from '#models/interest'
import type { InterestStatus } from '#enums/opportunity'

/**
 * The only writer of an interest's status, what the investor reads on "My interests":
 * it follows the deal's stage (see MoveDeal), or turns `withdrawn` for every interest
 * of an investor who deletes their account. A new interest starts as the column's
 * default, `submitted`. updated_at is left alone: it versions what the investor wrote.
 */
export default class UpdateInterestStatus {
  async handle({
    trx,
    status,
    ...which
  }: { trx: QueryClientContract; status: InterestStatus } & (
    { interestId: number } | { investorId: number }
  )) {
    const [column, value] =
      'interestId' in which ? ['id', which.interestId] : ['investor_id', which.investorId]
    await Interest.query({ client: trx }).where(column, value).update({ status })
  }
}
