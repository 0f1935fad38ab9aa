import type OpportunityIncentive from '#models/opportunity_incentive'
import { BaseTransformer } from '@adonisjs/core/transformers'

export default class OpportunityIncentiveTransformer extends BaseTransformer<OpportunityIncentive> {
  toObject() {
    return {
      ...this.pick(this.resource, ['id', 'kind', 'amountEur', 'conditions']),
      percentage: this.resource.percentageValue,
    }
  }
}
