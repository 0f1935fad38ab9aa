import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import FindDeal from '#actions/deals/find_deal'
import LogActivity from '#actions/deals/log_activity'
import AddTask from '#actions/deals/add_task'
import ToggleTask from '#actions/deals/toggle_task'
import { addTaskValidator, logActivityValidator } from '#validators/deal'

/** Logging notes, calls and meetings, and managing tasks, on a deal. */
export default class DealActivitiesController {
  async store({ params, request, auth, response, session, i18n }: HttpContext) {
    const deal = await new FindDeal().handle(params.id)
    const { kind, body } = await request.validateUsing(logActivityValidator)
    await new LogActivity().handle({ deal, actor: auth.getUserOrFail(), kind, body })
    session.flash('success', i18n.t('deals.deal.logged'))
    return response.redirect().back()
  }

  async storeTask({ params, request, auth, response, session, i18n }: HttpContext) {
    const deal = await new FindDeal().handle(params.id)
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
    await new ToggleTask().handle({ dealId: params.id, taskId: params.taskId })
    return response.redirect().back()
  }
}
