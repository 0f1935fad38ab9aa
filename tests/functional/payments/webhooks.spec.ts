import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import app from '@adonisjs/core/services/app'
import Payment from '#models/payment'
import StripeCustomer from '#models/stripe_customer'
import StripeEvent from '#models/stripe_event'
import HandleStripeEvent from '#actions/payments/handle_stripe_event'
import { UserFactory } from '#database/factories/user_factory'
import { countRows } from '#tests/helpers/database'
import { drainOutbox } from '#tests/helpers/outbox'
import {
  configurePayments,
  invoice,
  postSignedBody,
  postWebhook,
  stripeEvent,
} from '#tests/helpers/stripe'

async function investorWithCustomer() {
  const investor = await UserFactory.create()
  await StripeCustomer.create({ userId: investor.id, stripeCustomerId: `cus_test_${investor.id}` })
  return { investor, customer: `cus_test_${investor.id}` }
}

/** An investor who is a Stripe customer, and the `invoice.paid` event of their 29 € invoice. */
async function paidInvoice(invoiceId: string) {
  const { investor, customer } = await investorWithCustomer()
  const event = stripeEvent(
    'invoice.paid',
    invoice({ id: invoiceId, customer, subscription: 'sub_x', paid: true, amount: 2900 })
  )
  return { investor, customer, event }
}

test.group('Payments: the Stripe webhook', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => configurePayments())

  test('an unsigned, wrongly signed or altered event is refused with 400 and changes nothing', async ({
    client,
    assert,
  }) => {
    const { investor, event } = await paidInvoice('in_test_bad')
    const before = await countRows('stripe_events', 'outbox_messages', 'payments')

    const unsigned = await postWebhook(client, event, { signature: null })
    unsigned.assertStatus(400)
    const wrongSecret = await postWebhook(client, event, { secret: 'whsec_not_ours' })
    wrongSecret.assertStatus(400)
    const garbage = await postWebhook(client, event, { signature: 't=1,v1=deadbeef' })
    garbage.assertStatus(400)
    // Signed, then altered on the way: the amount no longer matches the signature.
    const payload = JSON.stringify(event)
    const altered = await postSignedBody(
      client,
      payload.replace('"amount_paid":2900', '"amount_paid":1'),
      payload
    )
    altered.assertStatus(400)

    assert.deepEqual(await countRows('stripe_events', 'outbox_messages', 'payments'), before)
    assert.lengthOf(await Payment.query().where('userId', investor.id), 0)
  })

  test('the signature is checked on the bytes Stripe sent: other spacing and key order pass, a re-serialised body does not', async ({
    client,
    assert,
  }) => {
    const { investor, event } = await paidInvoice('in_test_raw')
    // Keys in reverse order, two-space indentation, CRLF line ends and a trailing newline:
    // what no JSON.stringify of the parsed body gives back.
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([key, inner]) => [key, reversed(inner)])
            )
          : value
    const raw = `${JSON.stringify(reversed(event), null, 2).replace(/\n/g, '\r\n')}\r\n`
    assert.notEqual(raw, JSON.stringify(JSON.parse(raw)))
    const send = (signedPayload: string) => postSignedBody(client, raw, signedPayload)

    // Signed over the compact re-serialisation of the same event: not what was sent.
    ;(await send(JSON.stringify(JSON.parse(raw)))).assertStatus(400)
    assert.isNull(await StripeEvent.find(event.id))

    const accepted = await send(raw)
    accepted.assertStatus(200)
    accepted.assertBodyContains({ received: true, duplicate: false })
    await drainOutbox({ only: ['payments:process-stripe-event'] })
    const lines = await Payment.query().where('userId', investor.id)
    assert.deepEqual(
      lines.map((line) => [line.kind, line.amount]),
      [['charge', 2900]]
    )
  })

  test('a signed event is stored once by its id and queued once; a redelivery has no second effect', async ({
    client,
    assert,
  }) => {
    const { investor, event } = await paidInvoice('in_test_once')
    const first = await postWebhook(client, event)
    first.assertStatus(200)
    first.assertBodyContains({ received: true, duplicate: false })
    const again = await postWebhook(client, event)
    again.assertStatus(200)
    again.assertBodyContains({ received: true, duplicate: true })

    const stored = await StripeEvent.findOrFail(event.id)
    assert.equal(stored.type, 'invoice.paid')
    assert.isNull(stored.processedAt)
    assert.deepEqual(await drainOutbox({ only: ['payments:process-stripe-event'] }), [
      'payments:process-stripe-event',
    ])
    await stored.refresh()
    assert.isNotNull(stored.processedAt)

    // The job run twice (a worker retry) applies it once.
    assert.deepEqual(await new HandleStripeEvent().handle({ eventId: event.id }), {
      outcome: 'already processed',
    })
    // Delivered a third time after processing: still nothing new.
    ;(await postWebhook(client, event)).assertStatus(200)
    assert.deepEqual(await drainOutbox({ only: ['payments:process-stripe-event'] }), [])

    const lines = await Payment.query().where('userId', investor.id)
    assert.deepEqual(
      lines.map((line) => [line.kind, line.product, line.amount]),
      [['charge', 'investor_club', 2900]]
    )
  })

  test('the webhook needs no CSRF token or session; without a signing secret it refuses everything', async ({
    client,
  }) => {
    // No session cookie, no CSRF token: the signature alone admits it.
    const event = stripeEvent('customer.created', { id: 'cus_test_a', object: 'customer' })
    ;(await postWebhook(client, event)).assertStatus(200)
    // The group's cleanup restores the settings.
    app.config.set('payments.webhookSecret', null)
    const next = stripeEvent('customer.created', { id: 'cus_test_b', object: 'customer' })
    ;(await postWebhook(client, next)).assertStatus(400)
  })

  test('an event type Most does not use is stored, marked processed and ignored', async ({
    client,
    assert,
  }) => {
    const event = stripeEvent('customer.created', { id: 'cus_test_new', object: 'customer' })
    ;(await postWebhook(client, event)).assertStatus(200)
    await drainOutbox({ only: ['payments:process-stripe-event'] })
    const stored = await StripeEvent.findOrFail(event.id)
    assert.isNotNull(stored.processedAt)
  })
})
