import { OpportunityIncentiveSchema } from '#database/schema'

export default class OpportunityIncentive extends OpportunityIncentiveSchema {
  /** NUMERIC arrives from pg as a string; pages and the API get a number. */
  get percentageValue() {
    return this.percentage === null ? null : Number(this.percentage)
  }
}
