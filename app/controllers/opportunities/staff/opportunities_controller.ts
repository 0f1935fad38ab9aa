import type { HttpContext } from '@adonisjs/core/http'
import FindOpportunity from '#actions/opportunities/find_opportunity'
import ListOpportunities from '#actions/opportunities/staff/list_opportunities'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import ShowOpportunityForReview from '#actions/opportunities/staff/show_opportunity_for_review'
import ReviewOpportunity from '#actions/opportunities/review_opportunity'
import { reviewReasonValidator } from '#validators/opportunity'
import { opportunityStatuses, type OpportunityStatus } from '#enums/opportunity'

/** Staff review listings before they reach investors, and see every listing's status. */
export default class OpportunitiesController {
  async index({ inertia, request }: HttpContext) {
    const requested = request.input('status', 'in_review')
    const status: OpportunityStatus = opportunityStatuses.includes(requested)
      ? requested
      : 'in_review'
    const opportunities = await new ListOpportunities().handle({ status })
    return inertia.render('opportunities/staff/index', {
      status,
      statuses: [...opportunityStatuses],
      opportunities: OpportunityTransformer.transform(opportunities).useVariant('forPartner'),
    })
  }

  /** The full preview (images, documents, both languages) with the review decision. */
  async show({ params, inertia, bouncer }: HttpContext) {
    const opportunity = await new ShowOpportunityForReview().handle(params.id)
    await bouncer.with('OpportunityPolicy').authorize('view', opportunity)
    return inertia.render('opportunities/staff/review', {
      opportunity: OpportunityTransformer.transform(opportunity).useVariant('forPartner'),
    })
  }

  async approve({ params, auth, bouncer, response, session, i18n }: HttpContext) {
    const opportunity = await new FindOpportunity().handle({ id: params.id })
    await bouncer.with('OpportunityPolicy').authorize('review', opportunity)
    await new ReviewOpportunity().handle({
      opportunity,
      reviewer: auth.getUserOrFail(),
      decision: { approve: true },
    })
    session.flash('success', i18n.t('opportunities.staff.approved'))
    return response.redirect().back()
  }

  async reject({ params, request, auth, bouncer, response, session, i18n }: HttpContext) {
    const opportunity = await new FindOpportunity().handle({ id: params.id })
    await bouncer.with('OpportunityPolicy').authorize('review', opportunity)
    const { reason } = await request.validateUsing(reviewReasonValidator)
    await new ReviewOpportunity().handle({
      opportunity,
      reviewer: auth.getUserOrFail(),
      decision: { approve: false, reason },
    })
    session.flash('success', i18n.t('opportunities.staff.rejected'))
    return response.redirect().back()
  }
}
