import IncentiveRule from '#models/incentive_rule'

/** One rule by id (404 when missing). */
export default class FindIncentiveRule {
  handle(id: number | string) {
    return IncentiveRule.findOrFail(id)
  }
}
