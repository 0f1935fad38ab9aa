import type User from '#models/user'
import RecommendOpportunities from '#actions/investors/matching/recommend_opportunities'
import ListPartnerIntroductions from '#actions/deals/introductions/list_partner_introductions'

/**
 * The landing page after login: a partner's organisations and introductions inbox, an
 * investor's recommendations.
 */
export default class LoadDashboard {
  async handle({ user, locale }: { user: User; locale: string }) {
    if (user.role === 'partner') {
      await user.load('memberships', (query) => query.preload('organisation'))
    }
    const recommended =
      user.role === 'investor'
        ? await new RecommendOpportunities().handle({ investor: user, locale })
        : { opportunities: [], matches: {} }
    const introductions =
      user.role === 'partner' ? await new ListPartnerIntroductions().handle(user) : []
    return { memberships: user.memberships ?? [], recommended, introductions }
  }
}
