import type { HttpContext } from '@adonisjs/core/http'
import UserTransformer from '#transformers/user_transformer'
import PipelineStageTransformer from '#transformers/pipeline_stage_transformer'
import LostReasonTransformer from '#transformers/lost_reason_transformer'
import LoadDealList from '#actions/deals/load_deal_list'
import ExportDeals from '#actions/deals/export_deals'
import {
  boardFiltersValidator,
  dealSelectionValidator,
  dealStatusFilterValidator,
} from '#validators/deal'
import ReferenceData from '#services/reference_data'

/** The deals as a list with the board's filters, and the same list (or the ticked deals) as CSV. */
export default class DealListController {
  async index({ request, inertia, auth }: HttpContext) {
    const filters = await this.filters(request)
    const { staff, stages, lostReasons, ...list } = await new LoadDealList().handle(filters, {
      timeZone: auth.getUserOrFail().timeZone,
    })
    return inertia.render('deals/index', {
      ...list,
      filters,
      stages: PipelineStageTransformer.transform(stages),
      lostReasons: LostReasonTransformer.transform(lostReasons),
      staff: UserTransformer.transform(staff),
      sectors: await ReferenceData.sectors(),
      municipalities: await ReferenceData.municipalities(),
    })
  }

  async export({ request, response }: HttpContext) {
    const [, selection] = await dealSelectionValidator.tryValidate(request.qs())
    const { filename, csv } = await new ExportDeals().handle({
      ...(await this.filters(request)),
      ids: selection?.ids,
    })
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
