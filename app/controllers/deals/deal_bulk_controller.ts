import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import type Deal from '#models/deal'
import ReassignDeals from '#actions/deals/bulk/reassign_deals'
import MoveDeals from '#actions/deals/bulk/move_deals'
import AddTaskToDeals from '#actions/deals/bulk/add_task_to_deals'
import type { DealCheck } from '#actions/deals/bulk/for_each_deal'
import { bulkMoveValidator, bulkReassignValidator, bulkTaskValidator } from '#validators/deal'

/**
 * The deal list's bulk actions. Each answers JSON with one outcome per deal (done, or
 * why not), since some deals may be refused or fail while the rest go through.
 */
export default class DealBulkController {
  async reassign({ request, auth, bouncer }: HttpContext) {
    const { dealIds, ownerId } = await request.validateUsing(bulkReassignValidator)
    return new ReassignDeals().handle({
      dealIds,
      ownerId,
      actor: auth.getUserOrFail(),
      check: this.check(bouncer, 'bulkEdit'),
    })
  }

  async move({ request, auth, bouncer }: HttpContext) {
    const data = await request.validateUsing(bulkMoveValidator)
    return new MoveDeals().handle({
      ...data,
      actor: auth.getUserOrFail(),
      check: this.check(bouncer, 'bulkEdit'),
    })
  }

  async addTask({ request, auth, bouncer }: HttpContext) {
    const { dealIds, title, dueAt, assigneeId } = await request.validateUsing(bulkTaskValidator)
    return new AddTaskToDeals().handle({
      dealIds,
      title,
      dueAt: DateTime.fromJSDate(dueAt),
      assigneeId,
      actor: auth.getUserOrFail(),
      check: this.check(bouncer, 'addTask'),
    })
  }

  /** The policy, asked for each deal; a refusal becomes that deal's outcome. */
  private check(bouncer: HttpContext['bouncer'], ability: 'bulkEdit' | 'addTask'): DealCheck {
    return async (deal: Deal) => {
      const response = await bouncer.with('DealPolicy').execute(ability, deal)
      if (response.authorized) return true
      return { error: response.status === 422 ? 'closed' : 'forbidden' }
    }
  }
}
