import OpportunityQuestionTransformer from '#transformers/opportunity_question_transformer'
import type { HttpContext } from '@adonisjs/core/http'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import SearchOpportunities from '#actions/opportunities/search_opportunities'
import RecommendOpportunities from '#actions/investors/matching/recommend_opportunities'
import ShowOpportunity from '#actions/opportunities/show_opportunity'
import FindOpportunity from '#actions/opportunities/find_opportunity'
import RenderShareImage from '#actions/opportunities/render_share_image'
import { opportunitySearchInput, opportunitySearchValidator } from '#validators/opportunity'
import { opportunityStages, opportunityTypes, searchSorts } from '#enums/opportunity'
import ReferenceData from '#services/reference_data'
import { responsivenessBadges } from '#actions/organisations/measure_responsiveness'
import env from '#start/env'
import { requestedVariant } from '#services/images'
import { imageCacheControl, sendStoredFile, storedImageKey } from '#services/stored_file_response'

/** The marketplace as investors see it: browse/search, map, and one listing. */
export default class OpportunitiesController {
  async index({ request, inertia, auth, i18n }: HttpContext) {
    const [errors, filters] = await opportunitySearchValidator.tryValidate(
      opportunitySearchInput(request.qs())
    )
    const { page, sort, totalCapped } = await new SearchOpportunities().handle(filters ?? {})
    return inertia.render('opportunities/index', {
      // totalCapped: a text search counts at most SEARCH_CAP matches ("1,000+ projects").
      results: OpportunityTransformer.paginate(page.all(), { ...page.getMeta(), totalCapped }),
      // An investor sees on each card how well it fits their profile, and why.
      matches: await new RecommendOpportunities().forListings({
        investor: auth.user ?? null,
        locale: i18n.locale,
        opportunityIds: page.all().map((opportunity) => opportunity.id),
      }),
      // "Usually answers within N days" on the cards of responsive partners.
      badges: await responsivenessBadges(page.all()),
      filters: filters ?? {},
      filterErrors: errors ? errors.messages.map((error: { field: string }) => error.field) : [],
      sort,
      view: request.input('view') === 'map' ? 'map' : 'list',
      ...(await filterChoices()),
      map: { tileUrl: env.get('MAP_TILE_URL'), attribution: env.get('MAP_ATTRIBUTION') },
    })
  }

  async show({ params, inertia, auth, bouncer, request, i18n }: HttpContext) {
    const opportunity = await ShowOpportunity.find(params.slug)
    await bouncer.with('OpportunityPolicy').authorize('view', opportunity)
    const viewer = auth.user ?? null
    const details = await new ShowOpportunity().handle({
      opportunity,
      viewer,
      ipAddress: request.ip(),
    })
    return inertia.render('opportunities/show', {
      opportunity: OpportunityTransformer.transform(opportunity).useVariant('forDetail'),
      similar: OpportunityTransformer.transform(details.similar),
      questions: OpportunityQuestionTransformer.transform(details.questions),
      viewer: details.viewer,
      match:
        (
          await new RecommendOpportunities().forListings({
            investor: viewer,
            locale: i18n.locale,
            opportunityIds: [opportunity.id],
          })
        )[opportunity.id] ?? null,
    })
  }

  /** The cover image of a listing the visitor may see. */
  async cover({ params, bouncer, request, response }: HttpContext) {
    const opportunity = await new FindOpportunity().handle({ slug: params.slug })
    await bouncer.with('OpportunityPolicy').authorize('view', opportunity)
    if (!opportunity.coverImagePath) return response.notFound()
    const variant = requestedVariant(request.input('variant'))
    return sendStoredFile(response, {
      ...storedImageKey(opportunity.coverImagePath, opportunity.coverImageVariants, variant),
      cacheControl: imageCacheControl(opportunity.status === 'published'),
    })
  }

  /** The picture a shared link to a listing without a photo previews with (Open Graph). */
  async shareImage({ params, bouncer, response, i18n }: HttpContext) {
    const opportunity = await new FindOpportunity().handle({ slug: params.slug })
    await bouncer.with('OpportunityPolicy').authorize('view', opportunity)
    const image = await new RenderShareImage().handle({ opportunity, locale: i18n.locale })
    response.header('content-type', 'image/png')
    response.header('cache-control', imageCacheControl(opportunity.status === 'published'))
    return response.send(image, true)
  }
}

/** What the browse page's filters offer. */
async function filterChoices() {
  return {
    sectors: await ReferenceData.sectors(),
    countries: await ReferenceData.countries({ listingRegionOnly: true }),
    municipalities: await ReferenceData.municipalities(),
    options: {
      districts: await ReferenceData.districts(),
      types: [...opportunityTypes],
      stages: [...opportunityStages],
      sorts: [...searchSorts],
    },
  }
}
