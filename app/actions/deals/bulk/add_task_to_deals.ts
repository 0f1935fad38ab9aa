import type { DateTime } from 'luxon'
import type User from '#models/user'
import AddTask from '#actions/deals/add_task'
import { forEachDeal, type DealCheck } from '#actions/deals/bulk/for_each_deal'

/** The same to-do on many deals (each deal's owner by default), each through AddTask. */
export default class AddTaskToDeals {
  async handle(input: {
    dealIds: number[]
    title: string
    dueAt: DateTime
    assigneeId?: number | null
    actor: User
    check: DealCheck
  }) {
    return forEachDeal(input.dealIds, input.check, (deal) =>
      new AddTask().handle({
        deal,
        actor: input.actor,
        title: input.title,
        dueAt: input.dueAt,
        assigneeId: input.assigneeId,
      })
    )
  }
}
