import type User from '#models/user'
import ReassignDeal from '#actions/deals/reassign_deal'
import { forEachDeal, type DealCheck } from '#actions/deals/bulk/for_each_deal'

/** Hands many deals to one assistant, each through ReassignDeal (timeline, audit, notice). */
export default class ReassignDeals {
  async handle(input: { dealIds: number[]; ownerId: number; actor: User; check: DealCheck }) {
    return forEachDeal(input.dealIds, input.check, (deal) =>
      new ReassignDeal().handle({ deal, ownerId: input.ownerId, actor: input.actor })
    )
  }
}
