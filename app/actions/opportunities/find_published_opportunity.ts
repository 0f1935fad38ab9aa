import Opportunity from '#models/opportunity'

/** A published listing with what its detail needs in the public API (data-room files left out). */
export default class FindPublishedOpportunity {
  handle(slug: string) {
    return Opportunity.query()
      .withScopes((scopes) => scopes.published())
      .where('slug', slug)
      .preload('municipality')
      .preload('organisation')
      .preload('sectors')
      .preload('incentives', (incentives) => incentives.orderBy('position'))
      .preload('documents', (documents) => documents.whereNot('kind', 'data_room').orderBy('id'))
      .firstOrFail()
  }
}
