import Opportunity from '#models/opportunity'

/** One listing with everything the reviewer checks before publishing: text, images, documents. */
export default class ShowOpportunityForReview {
  handle(id: number) {
    return Opportunity.query()
      .where('id', id)
      .preload('organisation')
      .preload('municipality')
      .preload('sectors')
      .preload('incentives')
      .preload('documents')
      .firstOrFail()
  }
}
