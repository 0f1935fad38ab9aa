import OpportunityQuestion from '#models/opportunity_question'
import type Opportunity from '#models/opportunity'
import type User from '#models/user'

/**
 * The questions a viewer sees on a listing: the answered public ones, plus their own
 * (answered or not); the listing's partner and staff see all that are not hidden.
 */
export default class ListQuestions {
  handle({
    opportunity,
    viewer,
    seesAll,
  }: {
    opportunity: Opportunity
    viewer: User | null
    seesAll: boolean
  }) {
    const query = OpportunityQuestion.query()
      .where('opportunityId', opportunity.id)
      .whereNull('hiddenAt')
      .preload('asker')
      .orderBy('createdAt', 'desc')
      .limit(100)
    if (!seesAll) {
      query.where((visible) => {
        visible.where((shown) => shown.where('visibility', 'public').whereNotNull('answeredAt'))
        if (viewer) visible.orWhere('askerId', viewer.id)
      })
    }
    return query
  }
}
