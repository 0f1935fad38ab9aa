import type { HttpContext } from '@adonisjs/core/http'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import FindOpportunity from '#actions/opportunities/find_opportunity'
import ListOpportunityMatches from '#actions/investors/matching/list_opportunity_matches'
import FindInvitee from '#actions/investors/matching/find_invitee'
import InviteInvestor from '#actions/investors/matching/invite_investor'
import { opportunityInvitationValidator } from '#validators/opportunity_invitation'

/** Staff see the investors a listing suits best, with the reasons, and invite them. */
export default class MatchesController {
  async index({ params, inertia, i18n }: HttpContext) {
    const opportunity = await new FindOpportunity().handle(
      { id: params.id },
      { preload: ['municipality', 'sectors', 'organisation'] }
    )
    return inertia.render('opportunities/staff/matches', {
      opportunity: OpportunityTransformer.transform(opportunity),
      matches: await new ListOpportunityMatches().handle({ opportunity, locale: i18n.locale }),
    })
  }

  async invite({ params, request, auth, response, session, i18n }: HttpContext) {
    const opportunity = await new FindOpportunity().handle({ id: params.id })
    const { userId } = await request.validateUsing(opportunityInvitationValidator)
    const investor = await new FindInvitee().handle(userId)
    await new InviteInvestor().handle({ opportunity, investor, staff: auth.getUserOrFail() })
    session.flash(
      'success',
      i18n.t('investors.matching.staff.invited', { name: investor.fullName })
    )
    return response.redirect().back()
  }
}
