import type { HttpContext } from '@adonisjs/core/http'
import SearchDirectory from '#actions/community/directory/search_directory'
import OrganisationTransformer from '#transformers/organisation_transformer'
import ReferenceData from '#services/reference_data'
import { directoryFilterValidator } from '#validators/directory'
import { organisationKinds } from '#enums/organisation'
import env from '#start/env'

/** The public directory of partner organisations and diaspora actors in the region. */
export default class DirectoryController {
  async index({ request, inertia }: HttpContext) {
    const input = Object.fromEntries(
      Object.entries(request.qs()).filter(([, value]) => value !== '')
    )
    const [errors, filters] = await directoryFilterValidator.tryValidate(input)
    const page = await new SearchDirectory().handle(filters ?? {})
    return inertia.render('community/directory/index', {
      results: OrganisationTransformer.paginate(page.all(), page.getMeta()).useVariant('forPublic'),
      filters: filters ?? {},
      filterErrors: errors ? errors.messages.map((error: { field: string }) => error.field) : [],
      countries: await ReferenceData.countries({ listingRegionOnly: true }),
      municipalities: await ReferenceData.municipalities(),
      kinds: [...organisationKinds],
      map: { tileUrl: env.get('MAP_TILE_URL'), attribution: env.get('MAP_ATTRIBUTION') },
    })
  }
}
