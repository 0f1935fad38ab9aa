import app from '@adonisjs/core/services/app'
import { QueueManager } from '#services/queue_manager'

/** Puts a failed background job back on the queue; null when there is no such failed job. */
export default class RetryFailedJob {
  async handle(jobId: string) {
    const queue = (await app.container.make(QueueManager)).queue()
    const job = await queue.getJob(jobId)
    if (!job || !(await job.isFailed())) return null
    await job.retry('failed')
    return job
  }
}
