import type Opportunity from '#models/opportunity'
import FeaturingOverview from '#actions/payments/featuring_overview'

/**
 * What the partner's edit form shows of a listing besides its fields: its relations, the
 * status history (newest first) and the featuring it has or can buy.
 */
export default class LoadOpportunityForm {
  async handle({
    opportunity,
    canBuyFeaturing,
  }: {
    opportunity: Opportunity
    canBuyFeaturing: boolean
  }) {
    await opportunity.load((loader) => {
      loader
        .load('municipality')
        .load('sectors')
        .load('incentives', (incentives) => incentives.orderBy('position'))
        .load('documents', (documents) => documents.orderBy('id'))
        .load('transitions', (transitions) => transitions.preload('actor').orderBy('id', 'desc'))
    })
    const { periods, ...featuring } = await new FeaturingOverview().handle({
      opportunity,
      canBuy: canBuyFeaturing,
    })
    return { opportunity, featuring, periods }
  }
}
