import type { HttpContext } from '@adonisjs/core/http'
import ListInvestorInterests from '#actions/deals/interests/list_investor_interests'
import FindListingToEngage from '#actions/deals/interests/find_listing_to_engage'
import InterestTransformer from '#transformers/interest_transformer'
import ExpressInterest from '#actions/opportunities/express_interest'
import { interestValidator } from '#validators/opportunity'

/** "I am interested" and the investor's "My interests". */
export default class InterestsController {
  async index({ auth, inertia }: HttpContext) {
    const interests = await new ListInvestorInterests().handle(auth.getUserOrFail().id)
    return inertia.render('deals/interests', {
      interests: InterestTransformer.transform(interests),
    })
  }

  async store({ params, request, auth, bouncer, response, session, i18n }: HttpContext) {
    const opportunity = await new FindListingToEngage().handle(params.slug)
    await bouncer.with('OpportunityPolicy').authorize('engage', opportunity)
    const data = await request.validateUsing(interestValidator)
    const { created } = await new ExpressInterest().handle({
      opportunity,
      investor: auth.getUserOrFail(),
      data,
      ip: request.ip(),
    })
    session.flash(
      'success',
      i18n.t(created ? 'opportunities.interest.created' : 'opportunities.interest.updated')
    )
    return response.redirect().back()
  }
}
