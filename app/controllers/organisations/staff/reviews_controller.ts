import type { HttpContext } from '@adonisjs/core/http'
import FindOrganisation from '#actions/organisations/find_organisation'
import ListOrganisationsToReview from '#actions/organisations/staff/list_organisations_to_review'
import OrganisationTransformer from '#transformers/organisation_transformer'
import { rejectOrganisationValidator } from '#validators/organisation'
import ReviewOrganisation from '#actions/organisations/review_organisation'
import { organisationStatuses } from '#enums/organisation'

/** Staff review partner organisations before they may publish. */
export default class ReviewsController {
  async index({ inertia, request }: HttpContext) {
    const requested = request.input('status', 'pending')
    const status = organisationStatuses.includes(requested) ? requested : 'pending'
    const organisations = await new ListOrganisationsToReview().handle({ status })
    return inertia.render('organisations/staff/review', {
      status,
      organisations: OrganisationTransformer.transform(organisations),
    })
  }

  async approve({ params, auth, bouncer, response, session, i18n }: HttpContext) {
    const organisation = await new FindOrganisation().handle(params.id)
    await bouncer.with('OrganisationPolicy').authorize('review', organisation)
    await new ReviewOrganisation().handle({
      organisation,
      reviewer: auth.getUserOrFail(),
      decision: { approve: true },
    })
    session.flash('success', i18n.t('organisations.staff.approved', { name: organisation.name }))
    return response.redirect().back()
  }

  async reject({ params, request, auth, bouncer, response, session, i18n }: HttpContext) {
    const organisation = await new FindOrganisation().handle(params.id)
    await bouncer.with('OrganisationPolicy').authorize('review', organisation)
    const { reason } = await request.validateUsing(rejectOrganisationValidator)
    await new ReviewOrganisation().handle({
      organisation,
      reviewer: auth.getUserOrFail(),
      decision: { approve: false, reason },
    })
    session.flash('success', i18n.t('organisations.staff.rejected', { name: organisation.name }))
    return response.redirect().back()
  }
}
