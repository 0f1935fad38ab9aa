import type { HttpContext } from '@adonisjs/core/http'
import OrganisationTransformer from '#transformers/organisation_transformer'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import ShowOrganisation from '#actions/organisations/show_organisation'

/** A partner organisation's public page: who they are and their published projects. */
export default class OrganisationsController {
  async show({ params, inertia }: HttpContext) {
    const page = await new ShowOrganisation().handle({ slug: params.slug })
    return inertia.render('organisations/show', {
      organisation: OrganisationTransformer.transform(page.organisation).useVariant('forPublic'),
      opportunities: OpportunityTransformer.transform(page.opportunities),
      responsiveness: page.responsiveness,
      badges: page.badges,
    })
  }
}
