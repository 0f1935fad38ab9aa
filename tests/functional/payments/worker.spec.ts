import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { outboxJobId } from '#services/outbox'
import { UserFactory } from '#database/factories/user_factory'
import FeaturedListing from '#models/featured_listing'
import { createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { waitFor, waitForOutboxJob, workerTestGroup } from '#tests/helpers/worker_process'
import {
  configurePayments,
  postWebhook,
  stripeEvent,
  subscription,
  pendingFeaturing,
  checkoutEvent,
} from '#tests/helpers/stripe'

/**
 * The whole path with the real worker process: the web process stores the event and
 * its outbox row, the worker relays it to BullMQ and runs the job. Data is committed
 * (another process reads it) and removed afterwards; the worker has its own key prefix.
 */
test.group('Payments: webhook through the real worker', (group) => {
  const { queue, cleanups, startWorker } = workerTestGroup(group, 'payments-worker')

  test('a paid Checkout event reaches the worker through the outbox and BullMQ and features the listing once', async ({
    client,
    assert,
  }) => {
    const restore = configurePayments()
    cleanups.push(async () => restore())
    const { user, organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation)
    const featuring = await pendingFeaturing(opportunity, 90)
    const event = checkoutEvent('checkout.session.completed', {
      payment_intent: `pi_test_worker_${featuring.id}`,
      amount_total: 12900,
      metadata: { featured_listing_id: String(featuring.id) },
    })
    cleanups.push(async () => {
      await db.from('payments').where('organisation_id', organisation.id).delete()
      await db
        .from('outbox_messages')
        .whereIn('dedupe_key', [`stripe-event:${event.id}`, `featuring-end:${featuring.id}`])
        .delete()
      await db.from('stripe_events').where('id', event.id).delete()
      await db.from('opportunities').where('id', opportunity.id).delete()
      await db.from('organisation_members').where('organisation_id', organisation.id).delete()
      await db.from('organisations').where('id', organisation.id).delete()
      await db.from('users').where('id', user.id).delete()
    })

    // Delivered twice, as Stripe does when an answer is lost.
    ;(await postWebhook(client, event)).assertStatus(200)
    ;(await postWebhook(client, event)).assertStatus(200)

    const worker = startWorker()
    await waitFor(
      async () => (await FeaturedListing.findOrFail(featuring.id)).status === 'active',
      'the worker to activate the featuring',
      30_000,
      worker.output
    )
    const [stored] = await db.from('stripe_events').where('id', event.id)
    assert.isNotNull(stored.processed_at)
    const outbox = await db.from('outbox_messages').where('dedupe_key', `stripe-event:${event.id}`)
    assert.lengthOf(outbox, 1)
    assert.isNotNull(outbox[0].dispatched_at)
    const [listing] = await db.from('opportunities').where('id', opportunity.id)
    assert.isNotNull(listing.featured_until)
    const charges = await db.from('payments').where('organisation_id', organisation.id)
    assert.deepEqual(
      charges.map((row) => [row.kind, row.amount]),
      [['charge', 12900]]
    )
    // The end of the period is queued as a delayed job right away.
    const [ending] = await db
      .from('outbox_messages')
      .where('dedupe_key', `featuring-end:${featuring.id}`)
    assert.isAbove(new Date(ending.available_at).getTime(), Date.now() + 89 * 86_400_000)

    worker.child.kill('SIGTERM')
    assert.deepEqual(await worker.exited, { code: 0, signal: null })
  }).timeout(90_000)

  test('an event that cannot apply fails once in the worker: no BullMQ retries, the reason kept', async ({
    client,
    assert,
  }) => {
    const restore = configurePayments()
    cleanups.push(async () => restore())
    const investor = await UserFactory.create()
    const event = stripeEvent(
      'customer.subscription.updated',
      subscription({
        id: `sub_test_ghost_${investor.id}`,
        customer: `cus_test_ghost_${investor.id}`,
        status: 'active',
        userId: 2_000_000_000,
        periodEnd: Math.floor(Date.now() / 1000) + 30 * 86400,
      })
    )
    cleanups.push(async () => {
      await db.from('outbox_messages').where('dedupe_key', `stripe-event:${event.id}`).delete()
      await db.from('stripe_events').where('id', event.id).delete()
      await db.from('users').where('id', investor.id).delete()
    })
    ;(await postWebhook(client, event)).assertStatus(200)

    const worker = startWorker()
    await waitFor(
      async () => !!(await db.from('stripe_events').where('id', event.id).first())?.failed_at,
      'the worker to mark the event failed',
      30_000,
      worker.output
    )
    // Settled after its first attempt: 'delayed' would be a retry BullMQ has scheduled.
    const [outbox] = await db
      .from('outbox_messages')
      .where('dedupe_key', `stripe-event:${event.id}`)
    const state = await waitForOutboxJob(
      queue,
      outbox.id,
      ['failed', 'delayed', 'completed'],
      worker.output
    )
    assert.equal(state, 'failed', worker.output())
    const [stored] = await db.from('stripe_events').where('id', event.id)
    assert.equal(stored.attempts, 1)
    assert.isNull(stored.processed_at)
    assert.equal(stored.last_error, 'metadata.user_id 2000000000 is not an account in Most')
    const job = await queue.getJob(outboxJobId(outbox.id))
    assert.exists(job, worker.output())
    assert.equal(await job!.getState(), 'failed')
    assert.equal(job!.attemptsMade, 1)
    assert.equal(job!.failedReason, 'metadata.user_id 2000000000 is not an account in Most')

    worker.child.kill('SIGTERM')
    assert.deepEqual(await worker.exited, { code: 0, signal: null })
  }).timeout(90_000)
})
