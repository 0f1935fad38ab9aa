import type { HttpContext } from '@adonisjs/core/http'
import UserTransformer from '#transformers/user_transformer'
import LoadDealList from '#actions/deals/load_deal_list'
import ExportDeals from '#actions/deals/export_deals'
import { boardFiltersValidator, dealStatusFilterValidator } from '#validators/deal'
import ReferenceData from '#services/reference_data'

/** The deals as a list with the board's filters, and the same list as CSV. */
export default class DealListController {
  async index({ request, inertia, auth }: HttpContext) {
    const filters = await this.filters(request)
    const { staff, ...list } = await new LoadDealList().handle(filters, {
      timeZone: auth.getUserOrFail().timeZone,
    })
    return inertia.render('deals/index', {
      ...list,
      filters,
      staff: UserTransformer.transform(staff),
      sectors: await ReferenceData.sectors(),
      municipalities: await ReferenceData.municipalities(),
    })
  }

  async export({ request, response }: HttpContext) {
    const { filename, csv } = await new ExportDeals().handle(await this.filters(request))
    response.header('content-type', 'text/csv; charset=utf-8')
    response.header('content-disposition', `attachment; filename="${filename}"`)
    return csv
  }

  private async filters(request: HttpContext['request']) {
    const [, filters] = await boardFiltersValidator.tryValidate(request.qs())
    const [, status] = await dealStatusFilterValidator.tryValidate(request.qs())
    return { ...(filters ?? {}), status: status?.status }
  }
}
