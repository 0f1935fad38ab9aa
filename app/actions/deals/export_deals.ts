import ListDeals from '#actions/deals/list_deals'
import type { BoardFilters } from '#actions/deals/load_pipeline_board'
import { toCsv } from '#services/csv'

const HEADER = [
  'id',
  'title',
  'stage',
  'value_eur',
  'weighted_eur',
  'investor',
  'investor_email',
  'owner',
  'municipality',
  'created_at',
  'in_stage_since',
  'stale',
  'closed_at',
  'lost_reason',
]

/** The deal list as a CSV file for spreadsheets, with the same filters as the page. */
export default class ExportDeals {
  async handle(filters: BoardFilters & { status?: 'open' | 'closed'; ids?: number[] }) {
    const { deals, pipeline } = await new ListDeals().handle(filters)
    const rows = deals.map((deal) => [
      deal.id,
      deal.title,
      deal.stage.name,
      deal.valueEur,
      deal.weightedEur,
      deal.investorName,
      deal.investorEmail,
      deal.ownerName,
      deal.municipality,
      deal.createdAt,
      deal.stageEnteredAt,
      deal.stale ? 'yes' : 'no',
      deal.closedAt,
      deal.lostReason,
    ])
    return { filename: `deals-${pipeline.slug}.csv`, csv: toCsv(HEADER, rows) }
  }
}
