import SuccessStory from '#models/success_story'

/** Published stories, newest first; optionally only one municipality's. */
export default class LatestStories {
  async handle(options: { limit?: number; municipalityId?: number } = {}) {
    const query = SuccessStory.query()
      .withScopes((scopes) => {
        scopes.published()
        scopes.latestFirst()
      })
      .preload('municipality')
    if (options.municipalityId) query.where('municipalityId', options.municipalityId)
    if (options.limit) query.limit(options.limit)
    return query
  }
}
