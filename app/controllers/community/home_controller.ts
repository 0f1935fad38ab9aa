import type { HttpContext } from '@adonisjs/core/http'
import Opportunity from '#models/opportunity'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import SuccessStoryTransformer from '#transformers/success_story_transformer'
import LatestStories from '#actions/community/stories/latest_stories'

export default class HomeController {
  async show({ inertia }: HttpContext) {
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
    return inertia.render('community/home', {
      highlights: OpportunityTransformer.transform(highlights),
      stories: SuccessStoryTransformer.transform(stories),
    })
  }
}
