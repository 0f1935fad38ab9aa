import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import Deal from '#models/deal'
import DealTask from '#models/deal_task'
import LogActivity from '#actions/deals/log_activity'
import AddTask from '#actions/deals/add_task'
import { addTaskValidator, logActivityValidator } from '#validators/deal'

/** Logging notes, calls and meetings, and managing tasks, on a deal. */
export default class DealActivitiesController {
  async store({ params, request, auth, response, session, i18n }: HttpContext) {
    const deal = await Deal.findOrFail(params.id)
    const { kind, body } = await request.validateUsing(logActivityValidator)
    await new LogActivity().handle({ deal, actor: auth.getUserOrFail(), kind, body })
    session.flash('success', i18n.t('deals.deal.logged'))
    return response.redirect().back()
  }

  async storeTask({ params, request, auth, response, session, i18n }: HttpContext) {
    const deal = await Deal.findOrFail(params.id)
    const { title, dueAt, assigneeId } = await request.validateUsing(addTaskValidator)
    await new AddTask().handle({
      deal,
      actor: auth.getUserOrFail(),
      title,
      dueAt: DateTime.fromJSDate(dueAt),
      assigneeId,
    })
    session.flash('success', i18n.t('deals.deal.task_added'))
    return response.redirect().back()
  }

  async completeTask({ params, response }: HttpContext) {
    const task = await DealTask.query()
      .where({ id: params.taskId, dealId: params.id })
      .firstOrFail()
    task.doneAt = task.doneAt ? null : DateTime.now()
    await task.save()
    return response.redirect().back()
  }
}
