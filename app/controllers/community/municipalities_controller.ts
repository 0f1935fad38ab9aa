import type { HttpContext } from '@adonisjs/core/http'
import MunicipalityTransformer from '#transformers/municipality_transformer'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import OrganisationTransformer from '#transformers/organisation_transformer'
import CountryTransformer from '#transformers/country_transformer'
import SuccessStoryTransformer from '#transformers/success_story_transformer'
import ShowMunicipality from '#actions/community/municipalities/show_municipality'

/** A municipality's page: its published projects, its partners and key figures. */
export default class MunicipalitiesController {
  async show({ params, inertia }: HttpContext) {
    const page = await new ShowMunicipality().handle({ slug: params.slug })
    return inertia.render('community/municipalities/show', {
      municipality: MunicipalityTransformer.transform(page.municipality),
      country: CountryTransformer.transform(page.municipality.country),
      population: page.municipality.population,
      opportunities: OpportunityTransformer.transform(page.opportunities),
      partners: OrganisationTransformer.transform(page.partners),
      stories: SuccessStoryTransformer.transform(page.stories),
      figures: page.figures,
    })
  }
}
