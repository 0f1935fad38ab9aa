import type { HttpContext } from '@adonisjs/core/http'
import ListFailedJobs from '#actions/system/jobs/list_failed_jobs'
import RetryFailedJob from '#actions/system/jobs/retry_failed_job'

/** Failed background jobs, visible to staff, with a retry button. */
export default class JobsController {
  async index({ inertia }: HttpContext) {
    return inertia.render('system/jobs', await new ListFailedJobs().handle())
  }

  async retry({ params, response, session, i18n }: HttpContext) {
    const job = await new RetryFailedJob().handle(params.id)
    if (!job) return response.notFound()
    session.flash('success', i18n.t('system.jobs.retried', { name: job.name }))
    return response.redirect().back()
  }
}
