import type { HttpContext } from '@adonisjs/core/http'
import Organisation from '#models/organisation'
import Opportunity from '#models/opportunity'
import OrganisationTransformer from '#transformers/organisation_transformer'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import { responseTimes } from '#actions/deals/introductions/response_times'

/** A partner organisation's public page: who they are and their published projects. */
export default class OrganisationsController {
  async show({ params, inertia }: HttpContext) {
    const organisation = await Organisation.query()
      .where('slug', params.slug)
      .withScopes((scopes) => scopes.approved())
      .preload('country')
      .preload('municipality')
      .firstOrFail()
    const opportunities = await Opportunity.query()
      .withScopes((scopes) => scopes.published())
      .where('organisationId', organisation.id)
      .preload('municipality')
      .preload('sectors')
      .orderBy('publishedAt', 'desc')
    return inertia.render('organisations/show', {
      organisation: OrganisationTransformer.transform(organisation).useVariant('forPublic'),
      opportunities: OpportunityTransformer.transform(opportunities),
      responseTime: (await responseTimes([organisation.id])).get(organisation.id) ?? null,
    })
  }
}
