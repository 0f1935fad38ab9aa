import type { HttpContext } from '@adonisjs/core/http'
import Municipality from '#models/municipality'
import Opportunity from '#models/opportunity'
import Organisation from '#models/organisation'
import MunicipalityTransformer from '#transformers/municipality_transformer'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import OrganisationTransformer from '#transformers/organisation_transformer'
import CountryTransformer from '#transformers/country_transformer'
import SuccessStoryTransformer from '#transformers/success_story_transformer'
import LatestStories from '#actions/community/stories/latest_stories'

/** A municipality's page: its published projects, its partners and key figures. */
export default class MunicipalitiesController {
  async show({ params, inertia }: HttpContext) {
    const municipality = await Municipality.query()
      .where('slug', params.slug)
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
    return inertia.render('community/municipalities/show', {
      municipality: MunicipalityTransformer.transform(municipality),
      country: CountryTransformer.transform(municipality.country),
      population: municipality.population,
      opportunities: OpportunityTransformer.transform(opportunities),
      partners: OrganisationTransformer.transform(partners),
      stories: SuccessStoryTransformer.transform(stories),
      figures: {
        projects: opportunities.length,
        totalInvestmentEur: opportunities.reduce((sum, item) => sum + item.totalSizeEur, 0),
        jobsExpected: opportunities.reduce((sum, item) => sum + (item.jobsExpected ?? 0), 0),
      },
    })
  }
}
