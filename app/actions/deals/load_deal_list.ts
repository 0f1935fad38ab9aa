import ListDeals from '#actions/deals/list_deals'
import ListStaff from '#actions/accounts/list_staff'
import type { BoardFilters } from '#actions/deals/load_pipeline_board'
import PipelineStage from '#models/pipeline_stage'
import LostReason from '#models/lost_reason'

/**
 * The deal list page: the rows of ListDeals, the staff its owner filter offers, and for
 * the bulk actions the pipeline's stages and the lost reasons.
 */
export default class LoadDealList {
  async handle(
    filters: BoardFilters & { status?: 'open' | 'closed'; ids?: number[] },
    options: { timeZone?: string } = {}
  ) {
    const list = await new ListDeals().handle(filters, options)
    const stages = await PipelineStage.query()
      .where('pipelineId', list.pipeline.id)
      .orderBy('position')
    const lostReasons = await LostReason.query().where('active', true).orderBy('position')
    return { ...list, staff: await new ListStaff().handle(), stages, lostReasons }
  }
}
