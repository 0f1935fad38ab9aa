import SyncDealFromInterest from '#actions/deals/sync_deal_from_interest'
import type { JobHandler } from '#jobs/payloads'
import { announceBoardChange } from '#services/live_board'

/** The interest → deal hand-off (idempotent: see the action). */
export default class SyncDealFromInterestJob implements JobHandler<{ interestId: number }> {
  async handle(payload: { interestId: number }) {
    const deal = await new SyncDealFromInterest().handle(payload)
    if (deal) announceBoardChange(deal.pipelineId)
    return { dealId: deal?.id ?? null }
  }
}
