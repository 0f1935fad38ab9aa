import type User from '#models/user'
import MoveDeal from '#actions/deals/move_deal'
import { forEachDeal, type DealCheck } from '#actions/deals/bulk/for_each_deal'

/**
 * Moves many deals to one stage, each through MoveDeal, the only stage writer (history,
 * timeline, interest status, audit). A deal of another pipeline or moved meanwhile is
 * reported, the others still move.
 */
export default class MoveDeals {
  async handle(input: {
    dealIds: number[]
    stageId: number
    lostReasonId?: number | null
    lostNote?: string | null
    actor: User
    check: DealCheck
  }) {
    return forEachDeal(input.dealIds, input.check, (deal) =>
      new MoveDeal().handle({
        dealId: deal.id,
        stageId: input.stageId,
        lockVersion: deal.lockVersion,
        lostReasonId: input.lostReasonId,
        lostNote: input.lostNote,
        actor: input.actor,
      })
    )
  }
}
