import type { HttpContext } from '@adonisjs/core/http'
import FindOpportunity from '#actions/opportunities/find_opportunity'
import AcceptNda from '#actions/opportunities/accept_nda'

/** An investor accepts a listing's NDA to open its data room. */
export default class NdaAcceptancesController {
  async store({ params, request, auth, bouncer, response, session, i18n }: HttpContext) {
    const opportunity = await new FindOpportunity().handle({ slug: params.slug })
    await bouncer.with('OpportunityPolicy').authorize('engage', opportunity)
    await new AcceptNda().handle({
      opportunity,
      investor: auth.getUserOrFail(),
      ipAddress: request.ip(),
    })
    session.flash('success', i18n.t('opportunities.nda.accepted'))
    return response.redirect().back()
  }
}
