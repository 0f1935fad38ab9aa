import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Stripe from 'stripe'
import { UnrecoverableError } from 'bullmq'
import type { ApiClient } from '@japa/api-client'
import StripeCustomer from '#models/stripe_customer'
import StripeEvent from '#models/stripe_event'
import { UserFactory } from '#database/factories/user_factory'
import { countRows } from '#tests/helpers/database'
import { drainOutbox } from '#tests/helpers/outbox'
import {
  TEST_WEBHOOK_SECRET,
  configurePayments,
  invoice,
  postWebhook,
  stripeEvent,
  subscription,
  checkoutEvent,
} from '#tests/helpers/stripe'

/** Posts exactly these bytes, signed the way Stripe signs (optionally at another time). */
function postSigned(client: ApiClient, payload: string, options: { timestamp?: number } = {}) {
  const header = Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: TEST_WEBHOOK_SECRET,
    timestamp: options.timestamp,
  })
  return client
    .post('/webhooks/stripe')
    .type('application/json')
    .unsafeJson(payload)
    .header('stripe-signature', header)
}

const now = () => Math.floor(Date.now() / 1000)
const tables = ['stripe_events', 'outbox_messages', 'payments', 'club_memberships']
const sqlText = /\b(select|insert|update|delete)\b|\binto\b|\bvalues\s*\(|"stripe_events"|\$\d/i

function envelope(overrides: Record<string, unknown>) {
  const event: Record<string, unknown> = stripeEvent('customer.created', {
    id: 'cus_test_envelope',
    object: 'customer',
  })
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete event[key]
    else event[key] = value
  }
  return JSON.stringify(event)
}

test.group('Payments: malformed or unappliable Stripe events', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => configurePayments())

  test('a signed event without a sound envelope is refused with 400 and a reason, storing nothing', async ({
    client,
    assert,
  }) => {
    const valid = JSON.parse(envelope({}))
    const cases: [string, string, string | null][] = [
      ['created missing', envelope({ created: undefined }), 'created'],
      ['created as text', envelope({ created: String(now()) }), 'created'],
      ['created with decimals', envelope({ created: now() + 0.5 }), 'created'],
      ['created absurd', envelope({ created: 1e20 }), 'created'],
      ['created negative', envelope({ created: -5 }), 'created'],
      ['id missing', envelope({ id: undefined }), 'id'],
      ['id not an event id', envelope({ id: 'cus_123' }), 'id'],
      ['id with a NUL', envelope({ id: 'evt_a\u0000b' }), 'id'],
      ['id over 255 characters', envelope({ id: `evt_${'a'.repeat(300)}` }), 'id'],
      ['id a number', envelope({ id: 12345 }), 'id'],
      ['type over 255 characters', envelope({ type: `invoice.${'x'.repeat(300)}` }), 'type'],
      ['type with spaces and CR/LF', envelope({ type: 'invoice.paid\r\nX: y' }), 'type'],
      ['type missing', envelope({ type: undefined }), 'type'],
      ['data missing', envelope({ data: undefined }), 'data'],
      ['data.object null', envelope({ data: { object: null } }), 'data.object'],
      ['data.object a list', envelope({ data: { object: [1, 2] } }), 'data.object'],
      ['an array body', JSON.stringify([valid]), null],
      ['an array of nothing', '[]', null],
      ['a bare string', '"evt_1"', null],
      ['null', 'null', null],
      ['a number', '42', null],
      ['cut off JSON', envelope({}).slice(0, 40), null],
      [
        'a NUL in the data',
        envelope({ data: { object: { object: 'customer', name: 'a\u0000b' } } }),
        null,
      ],
      [
        'half a surrogate pair',
        envelope({ data: { object: { object: 'customer', name: '\ud800' } } }),
        null,
      ],
    ]
    const notParsed = ['a bare string', 'null', 'a number', 'cut off JSON']
    // A NUL or broken Unicode anywhere in a JSON body is refused for every route before its handler runs.
    const controlCharacters = ['id with a NUL', 'a NUL in the data', 'half a surrogate pair']
    const before = await countRows(...tables)
    for (const [label, payload, field] of cases) {
      const response = await postSigned(client, payload)
      assert.notMatch(response.text(), sqlText, label)
      // Not JSON (400), or JSON but neither object nor array (422): the body parser
      // refuses it before the webhook runs.
      if (controlCharacters.includes(label)) {
        assert.equal(response.status(), 422, `${label}: ${response.text()}`)
        assert.include(response.text(), 'not allowed (control characters', label)
        continue
      }
      if (notParsed.includes(label)) {
        assert.oneOf(response.status(), [400, 422], `${label}: ${response.text()}`)
        continue
      }
      assert.equal(response.status(), 400, `${label}: ${response.text()}`)
      assert.equal(response.body().error, 'malformed event', label)
      if (field) {
        const fields = (response.body().errors as { field: string }[]).map((error) => error.field)
        assert.include(fields, field, label)
      } else {
        // Not an object at all: Vine's message, or the parser's.
        assert.isTrue(Boolean(response.body().message || response.body().errors?.length), label)
      }
    }
    assert.deepEqual(await countRows(...tables), before)
    assert.lengthOf(cases, 24)
  })

  test('the signature timestamp is checked both ways with Stripe’s 300 s tolerance', async ({
    client,
    assert,
  }) => {
    const before = await countRows(...tables)
    const future = await postSigned(client, envelope({}), { timestamp: now() + 600 })
    future.assertStatus(400)
    future.assertBodyContains({ error: 'invalid signature' })
    assert.include(future.body().message, 'future')
    const past = await postSigned(client, envelope({}), { timestamp: now() - 600 })
    past.assertStatus(400)
    assert.include(past.body().message, 'tolerance')
    assert.deepEqual(await countRows(...tables), before)

    // Within the tolerance either way (clocks differ a little): accepted.
    const soon = JSON.parse(envelope({}))
    ;(await postSigned(client, JSON.stringify(soon), { timestamp: now() + 240 })).assertStatus(200)
    const late = JSON.parse(envelope({}))
    ;(await postSigned(client, JSON.stringify(late), { timestamp: now() - 240 })).assertStatus(200)
    assert.isNotNull(await StripeEvent.find(soon.id))
    assert.isNotNull(await StripeEvent.find(late.id))
  })

  test('the signature is over the raw bytes: other spacing and key order than JSON.stringify are accepted', async ({
    client,
    assert,
  }) => {
    const id = `evt_test_spacing_${Date.now()}`
    const payload = `{\n  "type" :  "customer.created",\r\n\t"data": { "object": {"object": "customer", "id" : "cus_spacing", "name": "Ana \\u0160ari\\u0107"} },\n  "created":${now()} , "object": "event",   "livemode": false,\n  "id": "${id}"\n}\n`
    assert.notEqual(payload, JSON.stringify(JSON.parse(payload)))
    const response = await postSigned(client, payload)
    response.assertStatus(200)
    response.assertBodyContains({ received: true, duplicate: false })
    const stored = await StripeEvent.findOrFail(id)
    assert.equal(stored.type, 'customer.created')
    assert.equal((stored.payload.data as { object: { name: string } }).object.name, 'Ana Šarić')

    // The same event re-encoded without the original bytes no longer matches that signature.
    const header = Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: TEST_WEBHOOK_SECRET,
    })
    const reencoded = await client
      .post('/webhooks/stripe')
      .type('application/json')
      .unsafeJson(JSON.stringify(JSON.parse(payload)))
      .header('stripe-signature', header)
    reencoded.assertStatus(400)
  })

  test('an event that cannot apply is stored, marked failed once with a readable reason, and not retried', async ({
    client,
    assert,
  }) => {
    const investor = await UserFactory.create()
    const customer = `cus_test_${investor.id}`
    await StripeCustomer.create({ userId: investor.id, stripeCustomerId: customer })
    const periodEnd = now() + 30 * 86400
    const writes = await countRows('payments', 'club_memberships')
    const cases: [string, Record<string, unknown>, RegExp][] = [
      [
        'data.object of the wrong kind',
        stripeEvent('invoice.paid', { id: 'cus_x', object: 'customer' }),
        /invoice\.paid needs data\.object of kind "invoice", got "customer"/,
      ],
      [
        'data.object empty',
        stripeEvent('charge.refunded', {}),
        /charge\.refunded needs data\.object of kind "charge", got missing/,
      ],
      [
        'an unknown user_id in the metadata',
        stripeEvent(
          'customer.subscription.updated',
          subscription({
            id: 'sub_test_ghost',
            customer,
            status: 'active',
            userId: 2_000_000_000,
            periodEnd,
          })
        ),
        /metadata\.user_id 2000000000 is not an account in Most/,
      ],
      [
        'a user_id no database id can be',
        stripeEvent('customer.subscription.created', {
          ...subscription({ id: 'sub_test_huge', customer, status: 'active', periodEnd }),
          metadata: { user_id: '99999999999999999999' },
        }),
        /metadata\.user_id "99999999999999999999" is not an account id/,
      ],
      [
        'an unknown featured listing in the metadata',
        checkoutEvent('checkout.session.completed', {
          metadata: { featured_listing_id: '2000000000' },
        }),
        /metadata\.featured_listing_id 2000000000 names no featured listing in Most/,
      ],
      [
        'a field the handler needs is missing',
        stripeEvent('invoice.paid', {
          ...invoice({
            id: 'in_test_nocur',
            customer,
            subscription: 'sub_x',
            paid: true,
            amount: 2900,
          }),
          currency: null,
        }),
        /does not have the shape Most expects/,
      ],
      [
        'an amount that is not a number',
        stripeEvent('invoice.paid', {
          ...invoice({
            id: 'in_test_nan',
            customer,
            subscription: 'sub_x',
            paid: true,
            amount: 2900,
          }),
          amount_paid: 'lots',
        }),
        /has the wrong type; code 22P02/,
      ],
    ]
    for (const [label, event, reason] of cases) {
      ;(await postWebhook(client, event)).assertStatus(200)
      await assert.rejects(
        () => drainOutbox({ only: ['payments:process-stripe-event'] }),
        UnrecoverableError,
        reason,
        label
      )
      const stored = await StripeEvent.findOrFail(event.id)
      assert.isNull(stored.processedAt, label)
      assert.isNotNull(stored.failedAt, label)
      assert.equal(stored.attempts, 1, label)
      assert.match(stored.lastError ?? '', reason, label)
      assert.notMatch(stored.lastError ?? '', sqlText, label)
      // Delivered again by Stripe: stored once, nothing queued again, still one attempt.
      const again = await postWebhook(client, event)
      again.assertBodyContains({ duplicate: true })
      assert.deepEqual(await drainOutbox({ only: ['payments:process-stripe-event'] }), [])
      await stored.refresh()
      assert.equal(stored.attempts, 1, label)
    }
    assert.lengthOf(await StripeEvent.query().whereNotNull('failedAt'), cases.length)
    // Nothing partial was written by any of them.
    assert.deepEqual(await countRows('payments', 'club_memberships'), writes)

    // Staff see each on the payments page, with its reason and time, not its payload.
    const staff = await UserFactory.apply('staff').create()
    const page = await client.get('/staff/payments').loginAs(staff).withInertia()
    page.assertStatus(200)
    const shown = page.inertiaProps.failedEvents as Record<string, unknown>[]
    assert.lengthOf(shown, cases.length)
    for (const [, event, reason] of cases) {
      const row = shown.find((item) => item.id === event.id)
      assert.exists(row)
      assert.match(String(row!.lastError), reason)
      assert.equal(row!.attempts, 1)
      assert.isString(row!.failedAt)
      assert.notProperty(row!, 'payload')
    }
  })
})
