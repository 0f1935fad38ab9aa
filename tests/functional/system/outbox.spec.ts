import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import Deal from '#models/deal'
import Interest from '#models/interest'
import { QueueManager } from '#services/queue_manager'
import { outboxJobId, relayOutbox } from '#services/outbox'
import { queueConfig } from '#config/queue'
import { jobs } from '#jobs/registry'
import { UserFactory } from '#database/factories/user_factory'
import { listingAndInvestor, expressInterest } from '#tests/helpers/marketplace'

test.group('Outbox: nothing is lost while Redis is down', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an interest made while Redis is unreachable reaches the CRM when it returns', async ({
    client,
    assert,
  }) => {
    await UserFactory.apply('staff').create()
    const { investor, opportunity } = await listingAndInvestor()

    // Redis "down": the queue connection points where nothing listens.
    const unreachable = new QueueManager({
      ...queueConfig,
      connection: {
        ...queueConfig.connection,
        port: 1,
        retryStrategy: () => null,
      } as typeof queueConfig.connection,
    })
    app.container.swap(QueueManager, () => unreachable)
    try {
      const response = await expressInterest(client, investor, opportunity)
      // The investor is not bothered: the interest is stored and confirmed.
      response.assertFlashMessage(
        'success',
        'Thank you! Your interest was sent; your personal assistant will contact you.'
      )
      assert.equal(await relayOutbox(), 0)
    } finally {
      app.container.restore(QueueManager)
      await unreachable.close().catch(() => {})
    }
    // Everything the interest asked for (the deal's sync, a figures refresh) waits in the
    // outbox; the relay stopped at the first refused hand-over and recorded why.
    const waiting = await db.from('outbox_messages').whereNull('dispatched_at').orderBy('id')
    const pending = waiting.find((message) => message.job_name === 'deals:sync-from-interest')
    assert.exists(pending)
    assert.equal(waiting[0].attempts, 1)
    assert.isNotNull(waiting[0].last_error)

    // Redis is back: the relay hands every message over, once.
    assert.equal(await relayOutbox(), waiting.length)
    assert.equal(await relayOutbox(), 0)
    const queue = (await app.container.make(QueueManager)).queue()
    const job = await queue.getJob(outboxJobId(pending.id))
    assert.exists(job)
    assert.equal(job!.name, 'deals:sync-from-interest')
    for (const message of waiting.filter((row) => row.id !== pending.id)) {
      await (await queue.getJob(outboxJobId(message.id)))?.remove()
    }

    // The worker runs it (here: the registered handler with the queued payload).
    const { default: Handler } = await jobs['deals:sync-from-interest']()
    await new Handler().handle(job!.data, { attempt: 1, jobId: job!.id })
    await job!.remove()
    const interest = await Interest.findByOrFail('investorId', investor.id)
    assert.exists(await Deal.findBy('interestId', interest.id))
  })
})
