import DealTask from '#models/deal_task'
import type User from '#models/user'

/**
 * Open tasks across all deals, the earliest due first (undated last): the staff member's
 * own, or everyone's.
 */
export default class ListOpenTasks {
  async handle({ viewer, mine }: { viewer: User; mine: boolean }) {
    const query = DealTask.query()
      .whereNull('doneAt')
      .preload('assignee')
      .preload('deal')
      .orderByRaw('due_at asc nulls last')
      .orderBy('id')
      .limit(200)
    if (mine) query.where('assigneeId', viewer.id)
    return query
  }
}
