import type IncentiveRule from '#models/incentive_rule'
import { BaseTransformer } from '@adonisjs/core/transformers'
import SectorTransformer from '#transformers/sector_transformer'

/** An incentive rule as the staff page and form see it. */
export default class IncentiveRuleTransformer extends BaseTransformer<IncentiveRule> {
  toObject() {
    return {
      ...this.pick(this.resource, [
        'id',
        'key',
        'kind',
        'developmentGroup',
        'sectorId',
        'minInvestmentEur',
        'minJobs',
        'cashPerJobEur',
        'reliefYears',
        'legalSource',
        'verified',
        'note',
      ]),
      sharePct: this.resource.share,
      sourceDate: this.resource.sourceDate.toISODate() ?? '',
      sector: this.resource.$preloaded.sector
        ? new SectorTransformer(this.resource.sector).toObject()
        : null,
    }
  }
}
