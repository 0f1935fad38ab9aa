import Organisation from '#models/organisation'
import Opportunity from '#models/opportunity'
import { responseTimes } from '#actions/deals/introductions/response_times'

/** An approved organisation's public page: the organisation, its published listings, how fast it answers. */
export default class ShowOrganisation {
  async handle({ slug }: { slug: string }) {
    const organisation = await Organisation.query()
      .where('slug', slug)
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
    const responseTime = (await responseTimes([organisation.id])).get(organisation.id) ?? null
    return { organisation, opportunities, responseTime }
  }
}
