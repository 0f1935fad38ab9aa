import type { HttpContext } from '@adonisjs/core/http'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import OrganisationMemberTransformer from '#transformers/organisation_member_transformer'
import IntroductionTransformer from '#transformers/introduction_transformer'
import LoadDashboard from '#actions/investors/load_dashboard'
import { responsivenessBadges } from '#actions/organisations/measure_responsiveness'

/** The landing page after login; each role sees its own next steps. */
export default class DashboardController {
  async show({ inertia, auth, i18n }: HttpContext) {
    const { memberships, recommended, introductions } = await new LoadDashboard().handle({
      user: auth.getUserOrFail(),
      locale: i18n.locale,
    })
    return inertia.render('investors/dashboard', {
      organisations:
        OrganisationMemberTransformer.transform(memberships).useVariant('forDashboard'),
      recommended: OpportunityTransformer.transform(recommended.opportunities),
      matches: recommended.matches,
      badges: await responsivenessBadges(recommended.opportunities),
      introductions: IntroductionTransformer.transform(introductions).useVariant('forPartnerInbox'),
    })
  }
}
