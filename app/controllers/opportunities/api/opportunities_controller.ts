import type { HttpContext } from '@adonisjs/core/http'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import SearchOpportunities from '#actions/opportunities/search_opportunities'
import FindPublishedOpportunity from '#actions/opportunities/find_published_opportunity'
import {
  opportunitySearchInput,
  opportunitySearchValidator,
  refuseUnknownSearchParameters,
} from '#validators/opportunity'

/**
 * The public read-only JSON API (no session, no CSRF): the same search as the
 * browse page, and one published listing. Bad filters answer 422.
 */
export default class ApiOpportunitiesController {
  async index({ request, serialize }: HttpContext) {
    refuseUnknownSearchParameters(request.qs())
    const filters = await opportunitySearchValidator.validate(opportunitySearchInput(request.qs()))
    const { page, totalCapped } = await new SearchOpportunities().handle(filters)
    // Page links point back at this endpoint with the same filters.
    page.baseUrl(request.url()).queryString(
      Object.fromEntries(
        Object.entries(filters)
          .filter(([name]) => name !== 'page')
          .map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : value])
      )
    )
    // totalCapped: a text search counts at most SEARCH_CAP matches ("1,000+").
    return serialize(
      OpportunityTransformer.paginate(page.all(), { ...page.getMeta(), totalCapped })
    )
  }

  async show({ params, serialize }: HttpContext) {
    const opportunity = await new FindPublishedOpportunity().handle(params.slug)
    return serialize(OpportunityTransformer.transform(opportunity).useVariant('forDetail'))
  }
}
