import { type DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import DealTask from '#models/deal_task'
import type Deal from '#models/deal'
import type User from '#models/user'
import audit from '#services/audit'

/** A to-do on a deal, with a due date and an assignee (the owner by default); audited. */
export default class AddTask {
  async handle({
    deal,
    actor,
    title,
    dueAt,
    assigneeId,
  }: {
    deal: Deal
    actor: User
    title: string
    dueAt: DateTime
    assigneeId?: number | null
  }) {
    return db.transaction(async (trx) => {
      const task = await DealTask.create(
        {
          dealId: deal.id,
          title,
          dueAt,
          assigneeId: assigneeId ?? deal.ownerId,
          createdById: actor.id,
        },
        { client: trx }
      )
      await audit.record(trx, {
        actor,
        action: 'deal.task_added',
        subject: audit.subject('deal', deal),
        after: { taskId: task.id, title, dueAt: dueAt.toISO(), assigneeId: task.assigneeId },
      })
      return task
    })
  }
}
