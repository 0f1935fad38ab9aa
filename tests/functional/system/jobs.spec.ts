import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import app from '@adonisjs/core/services/app'
import { Worker } from 'bullmq'
import { QueueManager } from '#services/queue_manager'
import { queueConfig } from '#config/queue'
import { UserFactory, createPartner } from '#database/factories/user_factory'

test.group('Failed jobs page', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('staff see a failed job with its error and retry it; others cannot', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const { user: partner } = await createPartner()
    const queue = (await app.container.make(QueueManager)).queue()
    const job = await queue.add(
      'mail:send',
      { mail: 'crm_notice', args: {}, key: 'test', sealedSecret: 'sealed-link-token' },
      {
        attempts: 1,
        jobId: `failing-${Date.now()}`,
      }
    )
    // A worker whose processing fails, so the job lands in "failed" for good.
    const worker = new Worker(
      queue.name,
      async () => {
        throw new Error('SMTP server said 554: relay denied')
      },
      { connection: queueConfig.connection, prefix: queueConfig.prefix, autorun: true }
    )
    try {
      await new Promise<void>((resolve) => worker.on('failed', () => resolve()))
    } finally {
      await worker.close()
    }

    const page = await client.get('/crm/jobs').loginAs(staff).withInertia()
    const failed = page.inertiaProps.failed as { id: string; error: string; data: string }[]
    const row = failed.find((candidate) => candidate.id === job.id)
    assert.exists(row)
    assert.equal(row!.error, 'SMTP server said 554: relay denied')
    // A mail job's sealed link token is never shown.
    assert.notInclude(row!.data, 'sealed-link-token')
    assert.include(row!.data, '"sealedSecret":"[sealed]"')

    ;(await client.get('/crm/jobs').loginAs(partner)).assertStatus(403)

    await client.post(`/crm/jobs/${job.id}/retry`).loginAs(staff).withCsrfToken().redirects(0)
    assert.equal(await queue.getJobState(job.id!), 'waiting')
    await job.remove()
  })
})
