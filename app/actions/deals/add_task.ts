import { type DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import DealTask from '#models/deal_task'
import type Deal from '#models/deal'
import type User from '#models/user'
import audit from '#services/audit'

/**
 * A to-do on a deal, with a due date and an assignee (the owner by default); audited. A task
 * with a key (one a job adds) is added once: a second call returns the first.
 */
export default class AddTask {
  async handle({
    deal,
    actor,
    title,
    dueAt,
    assigneeId,
    dedupeKey = null,
    trx,
  }: {
    deal: Deal
    actor: User | null
    title: string
    dueAt: DateTime
    assigneeId?: number | null
    dedupeKey?: string | null
    trx?: QueryClientContract
  }) {
    const write = async (client: QueryClientContract) => {
      if (dedupeKey) {
        const existing = await DealTask.query({ client }).where('dedupeKey', dedupeKey).first()
        if (existing) return existing
      }
      const task = await DealTask.create(
        {
          dealId: deal.id,
          title,
          dueAt,
          assigneeId: assigneeId ?? deal.ownerId,
          createdById: actor?.id ?? null,
          dedupeKey,
        },
        { client }
      )
      await audit.record(client, {
        actor,
        action: 'deal.task_added',
        subject: audit.subject('deal', deal),
        after: { taskId: task.id, title, dueAt: dueAt.toISO(), assigneeId: task.assigneeId },
      })
      return task
    }
    return trx ? write(trx) : db.transaction(write)
  }
}
