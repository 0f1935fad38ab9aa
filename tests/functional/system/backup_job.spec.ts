import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { Worker } from 'bullmq'
import User from '#models/user'
import { QueueManager } from '#services/queue_manager'
import { queueConfig } from '#config/queue'
import { backupConfig } from '#config/backup'
import { jobs, schedules } from '#jobs/registry'
import { UserFactory } from '#database/factories/user_factory'

test.group('Backups: the daily job', () => {
  test('is scheduled daily like the other recurring jobs', ({ assert }) => {
    assert.deepInclude(schedules, { name: 'backups:create', pattern: '30 2 * * *' })
  })

  test('a failed backup shows on the failed-job screen with its reason', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const queue = (await app.container.make(QueueManager)).queue()
    const job = await queue.add(
      'backups:create',
      {},
      { attempts: 1, jobId: `backup-${Date.now()}` }
    )
    // The real handler, with a pg_dump that does not exist.
    const pgBinDir = backupConfig.pgBinDir
    backupConfig.pgBinDir = '/nonexistent/postgresql/bin'
    const worker = new Worker(
      queue.name,
      async (current) => {
        const { default: Handler } = await jobs['backups:create']()
        return new Handler().handle(current.data, { attempt: 1, jobId: current.id })
      },
      { connection: queueConfig.connection, prefix: queueConfig.prefix }
    )
    try {
      await new Promise<void>((resolve) => worker.on('failed', () => resolve()))
      const page = await client.get('/crm/jobs').loginAs(staff).withInertia()
      const failed = page.inertiaProps.failed as { id: string; name: string; error: string }[]
      const row = failed.find((candidate) => candidate.id === job.id)
      assert.exists(row)
      assert.equal(row!.name, 'backups:create')
      assert.include(row!.error, '/nonexistent/postgresql/bin/pg_dump')
    } finally {
      backupConfig.pgBinDir = pgBinDir
      await worker.close()
      await job.remove()
      await User.query().where('id', staff.id).delete()
    }
  })
})
