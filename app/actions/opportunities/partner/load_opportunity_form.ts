import type Opportunity from '#models/opportunity'
import FeaturingOverview from '#actions/payments/featuring_overview'
import ReferenceData from '#services/reference_data'
import * as vocabulary from '#enums/opportunity'

/**
 * What the partner's listing form shows besides the fields: the sector and municipality
 * lists and the vocabularies of its selects; for an existing listing also its relations,
 * the status history (newest first) and the featuring it has or can buy.
 */
export default class LoadOpportunityForm {
  async handle({
    opportunity = null,
    canBuyFeaturing = false,
  }: {
    opportunity?: Opportunity | null
    canBuyFeaturing?: boolean
  }) {
    const lists = {
      sectors: await ReferenceData.sectors(),
      municipalities: await ReferenceData.municipalities(),
      options: formOptions(),
    }
    if (!opportunity) return { ...lists, featuring: null, periods: [] }
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
    return { ...lists, featuring, periods }
  }
}

function formOptions() {
  return {
    types: [...vocabulary.opportunityTypes],
    stages: [...vocabulary.opportunityStages],
    incentiveKinds: [...vocabulary.incentiveKinds],
    utilities: [...vocabulary.utilities],
    landOwnerships: [...vocabulary.landOwnerships],
    cadastreStatuses: [...vocabulary.cadastreStatuses],
    zoningStatuses: [...vocabulary.zoningStatuses],
    permitStatuses: [...vocabulary.permitStatuses],
    documentKinds: [...vocabulary.documentKinds],
  }
}
