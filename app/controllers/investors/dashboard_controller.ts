import type { HttpContext } from '@adonisjs/core/http'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import RecommendOpportunities from '#actions/investors/matching/recommend_opportunities'

/** The landing page after login; each role sees its own next steps. */
export default class DashboardController {
  async show({ inertia, auth, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    if (user.role === 'partner') {
      await user.load('memberships', (query) => query.preload('organisation'))
    }
    const recommended =
      user.role === 'investor'
        ? await new RecommendOpportunities().handle({ investor: user, locale: i18n.locale })
        : { opportunities: [], matches: {} }
    return inertia.render('investors/dashboard', {
      organisations:
        user.memberships?.map(({ organisation, role }) => ({
          id: organisation.id,
          name: organisation.name,
          status: organisation.status,
          role,
        })) ?? [],
      recommended: OpportunityTransformer.transform(recommended.opportunities),
      matches: recommended.matches,
    })
  }
}
