import ListDeals from '#actions/deals/list_deals'
import ListStaff from '#actions/accounts/list_staff'
import type { BoardFilters } from '#actions/deals/load_pipeline_board'

/** The deal list page: the rows of ListDeals and the staff its owner filter offers. */
export default class LoadDealList {
  async handle(
    filters: BoardFilters & { status?: 'open' | 'closed' },
    options: { timeZone?: string } = {}
  ) {
    const list = await new ListDeals().handle(filters, options)
    return { ...list, staff: await new ListStaff().handle() }
  }
}
