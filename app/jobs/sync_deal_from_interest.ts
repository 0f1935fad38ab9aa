import SyncDealFromInterest from '#actions/deals/sync_deal_from_interest'
import type { JobHandler } from '#jobs/registry'

/** The interest → deal hand-off (idempotent: see the action). */
export default class SyncDealFromInterestJob implements JobHandler<{ interestId: number }> {
  async handle(payload: { interestId: number }) {
    const deal = await new SyncDealFromInterest().handle(payload)
    return { dealId: deal?.id ?? null }
  }
}
