import type { HttpContext } from '@adonisjs/core/http'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import SuccessStoryTransformer from '#transformers/success_story_transformer'
import ShowHome from '#actions/community/home/show_home'

export default class HomeController {
  async show({ inertia }: HttpContext) {
    const { highlights, stories } = await new ShowHome().handle()
    return inertia.render('community/home', {
      highlights: OpportunityTransformer.transform(highlights),
      stories: SuccessStoryTransformer.transform(stories),
    })
  }
}
