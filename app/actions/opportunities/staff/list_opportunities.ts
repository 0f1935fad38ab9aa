import Opportunity from '#models/opportunity'
import type { OpportunityStatus } from '#enums/opportunity'

/** The listings in one status for staff review, the longest waiting first. */
export default class ListOpportunities {
  handle({ status }: { status: OpportunityStatus }) {
    return Opportunity.query()
      .where('status', status)
      .preload('organisation')
      .preload('municipality')
      .preload('sectors')
      .preload('incentives')
      .preload('documents')
      .orderBy('updatedAt', 'asc')
      .limit(100)
  }
}
