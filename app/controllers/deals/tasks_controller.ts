import type { HttpContext } from '@adonisjs/core/http'
import ListOpenTasks from '#actions/deals/list_open_tasks'
import DealTaskTransformer from '#transformers/deal_task_transformer'
import { openTasksValidator } from '#validators/deal'

/** The staff's open tasks across every deal: theirs by default, everyone's on request. */
export default class TasksController {
  async index({ inertia, request, auth }: HttpContext) {
    const { all } = await request.validateUsing(openTasksValidator)
    const tasks = await new ListOpenTasks().handle({ viewer: auth.getUserOrFail(), mine: !all })
    return inertia.render('deals/tasks', {
      tasks: DealTaskTransformer.transform(tasks).useVariant('withDeal'),
      all: !!all,
    })
  }
}
