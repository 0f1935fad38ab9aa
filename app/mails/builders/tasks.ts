import type { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import DealTask from '#models/deal_task'
import CrmNoticeMail from '#mails/crm_notice_mail'
import { absoluteUrlFor } from '#services/app_url'

/** CRM task e-mails, rebuilt by the `mail:send` job from ids. */
export const taskMailBuilders = {
  /**
   * A task is due within a day or overdue. Null when it was done, reassigned away or
   * moved meanwhile: a moved task gets its own reminder for the new date.
   */
  async task_due({ taskId, dueAt }: { taskId: number; dueAt: string }): Promise<BaseMail | null> {
    const task = await DealTask.query()
      .where('id', taskId)
      .preload('assignee')
      .preload('deal')
      .first()
    if (!task || task.doneAt || !task.assignee) return null
    if (task.dueAt.toMillis() !== new Date(dueAt).getTime()) return null
    const { assignee, deal } = task
    return new CrmNoticeMail(
      assignee,
      assignee.locale,
      'task_due',
      {
        task: task.title,
        title: deal.title,
        date: i18nManager.locale(assignee.locale).formatDate(task.dueAt.toJSDate(), {
          dateStyle: 'long',
          timeStyle: 'short',
        }),
      },
      absoluteUrlFor('crm.deals.show', { id: deal.id })
    )
  },
}
