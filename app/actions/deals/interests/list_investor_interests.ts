import Interest from '#models/interest'

/** "My interests": the listings an investor said they are interested in, latest change first. */
export default class ListInvestorInterests {
  async handle(investorId: number) {
    return Interest.query()
      .where('investorId', investorId)
      .preload('opportunity', (opportunity) => opportunity.preload('municipality'))
      .orderBy('updatedAt', 'desc')
  }
}
