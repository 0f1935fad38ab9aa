import Organisation from '#models/organisation'
import Opportunity from '#models/opportunity'
import MeasureResponsiveness, { describe } from '#actions/organisations/measure_responsiveness'

/**
 * An approved organisation's public page: the organisation, its published listings and
 * how it answered requests over the last 90 days.
 */
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
    const measured = await new MeasureResponsiveness().handle({
      organisationIds: [organisation.id],
    })
    const responsiveness = measured.get(organisation.id) ?? describe(0, 0, null)
    // Every listing here is this partner's: the same badge on each card.
    const days = responsiveness.badgeDays
    const badges: Record<number, number> = {}
    if (days) for (const row of opportunities) badges[row.id] = days
    return { organisation, opportunities, responsiveness, badges }
  }
}
