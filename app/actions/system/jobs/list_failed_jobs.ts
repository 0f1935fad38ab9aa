import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { QueueManager } from '#services/queue_manager'

/**
 * What staff see at /crm/jobs: jobs that failed for good (all retries used), with
 * their error, and how much work still waits in the outbox for Redis.
 */
export default class ListFailedJobs {
  async handle() {
    const queue = (await app.container.make(QueueManager)).queue()
    const failed = await queue.getFailed(0, 99)
    const [{ pending }] = await db
      .from('outbox_messages')
      .whereNull('dispatched_at')
      .count('* as pending')
    return {
      pendingInOutbox: Number(pending),
      failed: failed.map((job) => ({
        id: String(job.id),
        name: job.name,
        // A sealed link token is useless without APP_KEY, and still not for anyone's eyes.
        data: JSON.stringify(job.data, (key, value) =>
          key === 'sealedSecret' ? '[sealed]' : value
        ).slice(0, 300),
        error: job.failedReason ?? '',
        attempts: job.attemptsMade,
        failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
      })),
    }
  }
}
