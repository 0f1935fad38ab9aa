import { DateTime } from 'luxon'
import DealTask from '#models/deal_task'

/** Ticks a deal's task off, or back on when it was ticked by mistake. */
export default class ToggleTask {
  async handle({ dealId, taskId }: { dealId: number; taskId: number }) {
    const task = await DealTask.query().where({ id: taskId, dealId }).firstOrFail()
    task.doneAt = task.doneAt ? null : DateTime.now()
    await task.save()
    return task
  }
}
