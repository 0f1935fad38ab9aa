import Opportunity from '#models/opportunity'
import LatestStories from '#actions/community/stories/latest_stories'

/** The home page: six highlighted listings and the three latest success stories. */
export default class ShowHome {
  async handle() {
    // Featured listings first, then the newest: the browse page's own order and index.
    const highlights = await Opportunity.query()
      .withScopes((scopes) => scopes.published())
      .preload('municipality')
      .preload('organisation')
      .preload('sectors', (sectors) => sectors.orderBy('position'))
      .orderByRaw('(opportunities.featured_until IS NOT NULL) DESC')
      .orderBy('opportunities.published_at', 'desc')
      .orderBy('opportunities.id', 'desc')
      .limit(6)
    const stories = await new LatestStories().handle({ limit: 3 })
    return { highlights, stories }
  }
}
