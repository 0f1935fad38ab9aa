import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import ListFailedJobs from '#actions/system/jobs/list_failed_jobs'
import { QueueManager } from '#services/queue_manager'

/** Failed background jobs, visible to staff, with a retry button. */
export default class JobsController {
  async index({ inertia }: HttpContext) {
    return inertia.render('system/jobs', await new ListFailedJobs().handle())
  }

  async retry({ params, response, session, i18n }: HttpContext) {
    const queue = (await app.container.make(QueueManager)).queue()
    const job = await queue.getJob(params.id)
    if (!job || !(await job.isFailed())) return response.notFound()
    await job.retry('failed')
    session.flash('success', i18n.t('system.jobs.retried', { name: job.name }))
    return response.redirect().back()
  }
}
