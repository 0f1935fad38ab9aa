import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { queueMail } from '#services/outbox'
import type { JobHandler } from '#jobs/payloads'
import DealActivity from '#models/deal_activity'
import NotifyStaff from '#actions/notifications/notify_staff'

/** A task is reminded of once it is due within this many hours (or overdue). */
export const TASK_REMINDER_LEAD_HOURS = 24

/**
 * Hourly: e-mails the assignee of every open task that is due within a day or overdue,
 * notes it on the deal's timeline and in the assignee's notifications. Once per task
 * and due date: the task remembers the due date it was reminded for
 * (`reminded_for_due_at`, set in the same transaction that queues the e-mail), so
 * re-runs and retries find nothing new, and moving the due date earns a new reminder. Closed deals and tasks without an assignee are left alone.
 */
export default class RemindDueTasks implements JobHandler<{ now?: string }> {
  async handle(payload: { now?: string }) {
    const now = payload.now ? DateTime.fromISO(payload.now) : DateTime.now()
    return db.transaction(async (trx) => {
      const due = await trx
        .from('deal_tasks')
        .join('deals', 'deals.id', 'deal_tasks.deal_id')
        .join('users', 'users.id', 'deal_tasks.assignee_id')
        .whereNull('deal_tasks.done_at')
        .whereNull('deals.closed_at')
        .where('deal_tasks.due_at', '<=', now.plus({ hours: TASK_REMINDER_LEAD_HOURS }).toJSDate())
        .where((query) =>
          query
            .whereNull('deal_tasks.reminded_for_due_at')
            .orWhereRaw('deal_tasks.reminded_for_due_at <> deal_tasks.due_at')
        )
        .orderBy('deal_tasks.due_at')
        .select(
          'deal_tasks.id',
          'deal_tasks.deal_id',
          'deal_tasks.title',
          'deal_tasks.due_at',
          'deal_tasks.assignee_id',
          'deals.title as deal_title',
          'users.full_name as assignee_name'
        )
        // Two sweeps at once (a retry beside a scheduled run) never remind twice.
        .forUpdate('deal_tasks')
        .skipLocked()

      for (const task of due) {
        const dueAt = DateTime.fromJSDate(new Date(task.due_at))
        const key = `task-due:${task.id}:${dueAt.toMillis()}`
        await trx
          .from('deal_tasks')
          .where('id', task.id)
          .update({ reminded_for_due_at: task.due_at })
        await DealActivity.record(trx, {
          dealId: task.deal_id,
          kind: 'task',
          body: `${task.title} → ${task.assignee_name}`,
          meta: { taskId: task.id, dueAt: dueAt.toISO(), reminder: true },
          dedupeKey: key,
          occurredAt: now,
          createdAt: now,
        })
        await queueMail(
          trx,
          'task_due',
          { taskId: task.id, dueAt: dueAt.toISO()! },
          { key, dealId: task.deal_id }
        )
        await new NotifyStaff().handle({
          userIds: [task.assignee_id],
          kind: 'task_due',
          dealId: task.deal_id,
          data: { taskTitle: task.title, dealTitle: task.deal_title, dueAt: dueAt.toISO()! },
          key,
          trx,
        })
      }
      return { reminded: due.length }
    })
  }
}
