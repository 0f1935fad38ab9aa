import Municipality from '#models/municipality'
import Opportunity from '#models/opportunity'
import Organisation from '#models/organisation'
import LatestStories from '#actions/community/stories/latest_stories'

/** A municipality's page: its published listings, approved partners, stories and key figures. */
export default class ShowMunicipality {
  async handle({ slug }: { slug: string }) {
    const municipality = await Municipality.query()
      .where('slug', slug)
      .preload('country')
      .firstOrFail()
    const opportunities = await Opportunity.query()
      .withScopes((scopes) => scopes.published())
      .where('municipalityId', municipality.id)
      .preload('municipality')
      .preload('sectors')
      .preload('organisation')
      .orderBy('publishedAt', 'desc')
    const partners = await Organisation.query()
      .withScopes((scopes) => scopes.approved())
      .where('municipalityId', municipality.id)
      .orderBy('name')
    const stories = await new LatestStories().handle({ municipalityId: municipality.id })
    const figures = {
      projects: opportunities.length,
      totalInvestmentEur: opportunities.reduce((sum, item) => sum + item.totalSizeEur, 0),
      jobsExpected: opportunities.reduce((sum, item) => sum + (item.jobsExpected ?? 0), 0),
    }
    return { municipality, opportunities, partners, stories, figures }
  }
}
