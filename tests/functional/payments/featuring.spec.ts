import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import AuditEntry from '#models/audit_entry'
import FeaturedListing from '#models/featured_listing'
import Payment from '#models/payment'
import StripeCustomer from '#models/stripe_customer'
import EndExpiredFeaturing from '#jobs/end_expired_featuring'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { countRows } from '#tests/helpers/database'
import { drainOutbox } from '#tests/helpers/outbox'
import {
  checkoutSession,
  configurePayments,
  postWebhook,
  refundedCharge,
  startStripeServer,
  stripeEvent,
  pendingFeaturing,
  deliverStripeEvents,
  checkoutEvent,
} from '#tests/helpers/stripe'
import { submitAs } from '#tests/helpers/requests'

const CHECKOUT_URL = 'https://checkout.stripe.com/c/pay/cs_test_featuring'

/** The local Stripe: customer and Checkout session creation, and refunds. */
function stripeRoutes() {
  return {
    'POST /v1/customers': () => ({ body: { id: 'cus_test_org', object: 'customer' } }),
    'POST /v1/checkout/sessions': () => ({
      body: {
        id: 'cs_test_featuring',
        object: 'checkout.session',
        mode: 'payment',
        status: 'open',
        payment_status: 'unpaid',
        url: CHECKOUT_URL,
      },
    }),
    'POST /v1/refunds': (request: { form: Record<string, string> }) => ({
      body: {
        id: 're_test_1',
        object: 'refund',
        amount: 4900,
        currency: 'eur',
        charge: 'ch_test_featuring',
        payment_intent: request.form.payment_intent,
        status: 'succeeded',
      },
    }),
  }
}

/** The local Stripe for one test, and the app pointed at it; both undone after the test. */
async function localStripe(cleanup: (handler: () => Promise<void> | void) => void) {
  const stripe = await startStripeServer(stripeRoutes())
  cleanup(() => stripe.close())
  cleanup(configurePayments({ port: stripe.port }))
  return stripe
}

/** Stripe's report that the paid featuring's charge (see `paidFeaturing`) was refunded. */
function featuringRefunded() {
  return stripeEvent(
    'charge.refunded',
    refundedCharge({ paymentIntent: 'pi_test_featuring', customer: 'cus_test_org', amount: 4900 })
  )
}

/** A paid featuring, as the webhook leaves it (for the ledger and refund tests). */
async function paidFeaturing(client: Parameters<typeof postWebhook>[0]) {
  const { user, organisation } = await createPartner()
  const opportunity = await createOpportunity(organisation)
  await StripeCustomer.create({ organisationId: organisation.id, stripeCustomerId: 'cus_test_org' })
  const featuring = await pendingFeaturing(opportunity, 30, {
    createdById: user.id,
    checkoutSessionId: 'cs_test_paid',
  })
  const event = checkoutEvent('checkout.session.completed', {
    id: 'cs_test_paid',
    payment_intent: 'pi_test_featuring',
    metadata: { featured_listing_id: String(featuring.id) },
  })
  await deliverStripeEvents(client, event)
  await featuring.refresh()
  return { user, organisation, opportunity, featuring }
}

test.group('Payments: featured listings', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  // Stripe keys and the webhook secret, Stripe itself unreachable; a test that needs other
  // settings (no keys, the local Stripe) sets them on top.
  group.each.setup(() => configurePayments())

  test('purchase through Checkout → webhook → featured for 30 days, first in browse and on the home page → the end job ends it', async ({
    client,
    assert,
    cleanup,
  }) => {
    const stripe = await localStripe(cleanup)
    const { user, organisation } = await createPartner()
    const listing = await createOpportunity(organisation, { publishedDaysAgo: 20 })
    // A newer listing that would come first by date.
    const newer = await createOpportunity(organisation, { publishedDaysAgo: 0 })

    const response = await submitAs(
      client,
      user,
      'post',
      `/partner/opportunities/${listing.id}/feature`,
      { json: { days: 30 } }
    )
    response.assertStatus(302)
    response.assertHeader('location', CHECKOUT_URL)

    // What the stock Stripe client sent: the organisation's customer, then the session.
    const [customer] = stripe.sent('POST /v1/customers')
    assert.equal(customer.headers.authorization, 'Bearer sk_test_most')
    assert.equal(customer.form.name, organisation.name)
    assert.equal(customer.form['metadata[organisation_id]'], String(organisation.id))
    assert.equal(
      customer.headers['idempotency-key'],
      `most-customer-organisation-${organisation.id}`
    )
    const featuring = await FeaturedListing.findByOrFail('opportunityId', listing.id)
    const [session] = stripe.sent('POST /v1/checkout/sessions')
    assert.include(session.form, {
      'mode': 'payment',
      'customer': 'cus_test_org',
      'line_items[0][quantity]': '1',
      'line_items[0][price_data][currency]': 'eur',
      'line_items[0][price_data][unit_amount]': '4900',
      'metadata[featured_listing_id]': String(featuring.id),
      'payment_intent_data[metadata][featured_listing_id]': String(featuring.id),
    })
    assert.match(session.form.success_url, new RegExp(`/partner/opportunities/${listing.id}/edit`))
    assert.equal(featuring.status, 'pending')
    assert.equal(featuring.checkoutSessionId, 'cs_test_featuring')
    await listing.refresh()
    assert.isNull(listing.featuredUntil, 'nothing is featured before Stripe reports the payment')

    // Stripe reports the payment.
    const paidAt = DateTime.now()
    const event = checkoutEvent('checkout.session.completed', {
      id: 'cs_test_featuring',
      payment_intent: 'pi_test_featuring',
      metadata: { featured_listing_id: String(featuring.id) },
    })
    ;(await postWebhook(client, event)).assertStatus(200)
    assert.deepEqual(await drainOutbox({ only: ['payments:process-stripe-event'] }), [
      'payments:process-stripe-event',
    ])

    await featuring.refresh()
    await listing.refresh()
    assert.equal(featuring.status, 'active')
    assert.equal(featuring.paymentIntentId, 'pi_test_featuring')
    // Stripe made the change: audited without an actor, in the webhook's transaction.
    const [started] = await AuditEntry.query()
      .where({ action: 'featuring.status_changed', subjectType: 'featured_listing' })
      .where('subjectId', featuring.id)
    assert.isNull(started.actorId)
    assert.deepInclude(started.before, { status: 'pending' })
    assert.deepInclude(started.after, { status: 'active' })
    const days = featuring.endsAt!.diff(paidAt, 'days').days
    assert.isTrue(days > 29.99 && days < 30.01, `featured for ${days} days`)
    assert.equal(+listing.featuredUntil!, +featuring.endsAt!)
    const charge = await Payment.findByOrFail('featuredListingId', featuring.id)
    assert.include(charge.$attributes, {
      kind: 'charge',
      product: 'featured_listing',
      amount: 4900,
      currency: 'eur',
      organisationId: organisation.id,
    })

    // Badge and rank: first in browse (ahead of the newer listing) and on the home page.
    const browse = await client.get('/opportunities').withInertia()
    const results = browse.inertiaProps.results.data as { id: number; featured: boolean }[]
    assert.equal(results[0].id, listing.id)
    assert.isTrue(results[0].featured)
    assert.isFalse(results.find((row) => row.id === newer.id)!.featured)
    const home = await client.get('/').withInertia()
    assert.equal(home.inertiaProps.highlights[0].id, listing.id)

    // The end job: nothing before the end, the featuring ends after it.
    assert.deepEqual(
      await new EndExpiredFeaturing().handle({
        now: featuring.endsAt!.minus({ minutes: 1 }).toISO()!,
      }),
      { ended: 0 }
    )
    assert.deepEqual(
      await new EndExpiredFeaturing().handle({
        now: featuring.endsAt!.plus({ minutes: 1 }).toISO()!,
      }),
      { ended: 1 }
    )
    await featuring.refresh()
    await listing.refresh()
    assert.equal(featuring.status, 'ended')
    assert.isNull(listing.featuredUntil)
    const after = await client.get('/opportunities').withInertia()
    const again = after.inertiaProps.results.data as { id: number; featured: boolean }[]
    assert.isFalse(again.find((row) => row.id === listing.id)!.featured)
    assert.notEqual(again[0].id, listing.id)
  })

  test('a second purchase adds its days after the current period', async ({ client, assert }) => {
    const { featuring, opportunity } = await paidFeaturing(client)
    const second = await pendingFeaturing(opportunity, 90)
    const event = checkoutEvent('checkout.session.completed', {
      payment_intent: 'pi_test_second',
      amount_total: 12900,
      metadata: { featured_listing_id: String(second.id) },
    })
    await deliverStripeEvents(client, event)
    await second.refresh()
    await opportunity.refresh()
    assert.equal(+second.startsAt!, +featuring.endsAt!)
    assert.equal(+second.endsAt!, +featuring.endsAt!.plus({ days: 90 }))
    assert.equal(+opportunity.featuredUntil!, +second.endsAt!)
  })

  test('an expired Checkout leaves the listing unfeatured', async ({ client, assert }) => {
    const { organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation)
    const featuring = await pendingFeaturing(opportunity)
    const event = checkoutEvent('checkout.session.expired', {
      status: 'expired',
      payment_status: 'unpaid',
      metadata: { featured_listing_id: String(featuring.id) },
    })
    await deliverStripeEvents(client, event)
    await featuring.refresh()
    await opportunity.refresh()
    assert.equal(featuring.status, 'abandoned')
    assert.isNull(opportunity.featuredUntil)
    assert.lengthOf(await Payment.query().where('organisationId', organisation.id), 0)
  })

  test('staff grant featuring for free with a reason, without Stripe keys', async ({
    client,
    assert,
    cleanup,
  }) => {
    cleanup(configurePayments({ secretKey: null }))
    const staff = await UserFactory.apply('staff').create()
    const { organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation)

    const refused = await submitAs(
      client,
      staff,
      'post',
      `/staff/opportunities/${opportunity.id}/feature`,
      { json: { days: 0, reason: '' }, referer: '/staff/payments' }
    )
    refused.assertStatus(302)
    const errors = refused.flashMessages().inputErrorsBag as Record<string, string[]>
    assert.properties(errors, ['days', 'reason'])
    assert.lengthOf(await FeaturedListing.query().where('opportunityId', opportunity.id), 0)

    const response = await submitAs(
      client,
      staff,
      'post',
      `/staff/opportunities/${opportunity.id}/feature`,
      {
        json: { days: 90, reason: 'Municipal office of Niš: featured by agreement' },
        referer: '/staff/payments',
      }
    )
    response.assertStatus(302)
    const featuring = await FeaturedListing.findByOrFail('opportunityId', opportunity.id)
    assert.include(featuring.$attributes, {
      source: 'grant',
      status: 'active',
      days: 90,
      amount: 0,
      reason: 'Municipal office of Niš: featured by agreement',
      createdById: staff.id,
    })
    await opportunity.refresh()
    assert.equal(+opportunity.featuredUntil!, +featuring.endsAt!)
    // Staff see it among the running featurings, with who granted it and why.
    const page = await client.get('/staff/payments').loginAs(staff).withInertia()
    const running = page.inertiaProps.featurings as Record<string, unknown>[]
    assert.deepInclude(running, {
      ...running.find((row) => row.id === featuring.id),
      opportunityTitle: opportunity.titleEn,
      source: 'grant',
      reason: 'Municipal office of Niš: featured by agreement',
      createdByName: staff.fullName,
    })
    // A grant is not a payment.
    assert.lengthOf(await Payment.query().where('organisationId', organisation.id), 0)
  })

  test('without Stripe keys the purchase is replaced by a note and changes nothing', async ({
    client,
    assert,
    cleanup,
  }) => {
    cleanup(configurePayments({ secretKey: null }))
    const { user, organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation)
    const page = await client
      .get(`/partner/opportunities/${opportunity.id}/edit`)
      .loginAs(user)
      .withInertia()
    page.assertStatus(200)
    assert.include(page.inertiaProps.featuring, { paymentsEnabled: false, canBuy: true })

    const before = await countRows('featured_listings', 'stripe_customers', 'payments')
    const response = await submitAs(
      client,
      user,
      'post',
      `/partner/opportunities/${opportunity.id}/feature`,
      { json: { days: 30 }, referer: `/partner/opportunities/${opportunity.id}/edit` }
    )
    response.assertStatus(302)
    response.assertHeader('location', `/partner/opportunities/${opportunity.id}/edit`)
    response.assertFlashMessage('error', 'Payments are not configured.')
    assert.deepEqual(await countRows('featured_listings', 'stripe_customers', 'payments'), before)
  })

  test('members of another organisation, or of a municipal office, cannot buy featuring', async ({
    client,
    assert,
    cleanup,
  }) => {
    const stripe = await localStripe(cleanup)
    const { organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation)
    const draft = await createOpportunity(organisation, { status: 'draft' })
    const { user: outsider } = await createPartner()
    const investor = await UserFactory.create()
    const municipal = await createPartner()
    municipal.organisation.kind = 'municipal_office'
    await municipal.organisation.save()
    const municipalListing = await createOpportunity(municipal.organisation)

    const attempt = (user: typeof investor, id: number) =>
      client
        .post(`/partner/opportunities/${id}/feature`)
        .accept('json')
        .json({ days: 30 })
        .loginAs(user)
        .withCsrfToken()
        .redirects(0)
    ;(await attempt(outsider, opportunity.id)).assertStatus(403)
    ;(await attempt(outsider, draft.id)).assertStatus(404)
    ;(await attempt(investor, opportunity.id)).assertStatus(403)
    ;(await attempt(municipal.user, municipalListing.id)).assertStatus(403)
    // Bad input from a member: a field error, nothing sent to Stripe.
    const { user: owner, organisation: own } = await createPartner()
    const ownListing = await createOpportunity(own)
    const wrongDays = await client
      .post(`/partner/opportunities/${ownListing.id}/feature`)
      .accept('json')
      .json({ days: 45 })
      .loginAs(owner)
      .withCsrfToken()
    wrongDays.assertStatus(422)
    assert.equal(stripe.requests.length, 0)
    assert.lengthOf(await FeaturedListing.query().where('opportunityId', ownListing.id), 0)
  })

  test('staff refund a featured listing from the ledger: Stripe refund, featuring ends, one refund line', async ({
    client,
    assert,
    cleanup,
  }) => {
    const stripe = await localStripe(cleanup)
    const { featuring, opportunity, organisation } = await paidFeaturing(client)
    assert.equal(featuring.status, 'active')
    const charge = await Payment.query()
      .where('featuredListingId', featuring.id)
      .where('kind', 'charge')
      .firstOrFail()
    const staff = await UserFactory.apply('staff').create()
    const { user: partner } = await createPartner()

    // Only staff may refund.
    ;(
      await client
        .post(`/staff/payments/${charge.id}/refund`)
        .accept('json')
        .loginAs(partner)
        .withCsrfToken()
    ).assertStatus(403)
    assert.equal(stripe.requests.length, 0)

    const response = await submitAs(client, staff, 'post', `/staff/payments/${charge.id}/refund`, {
      referer: '/staff/payments',
    })
    response.assertStatus(302)
    response.assertFlashMessage('success', 'The payment was refunded and the featuring ended.')
    const [refund] = stripe.sent('POST /v1/refunds')
    assert.equal(refund.form.payment_intent, 'pi_test_featuring')
    assert.equal(refund.headers['idempotency-key'], `most-refund-${charge.id}`)

    await featuring.refresh()
    await opportunity.refresh()
    assert.equal(featuring.status, 'refunded')
    assert.isNull(opportunity.featuredUntil)
    const ended = await AuditEntry.query()
      .where({ action: 'featuring.status_changed', subjectType: 'featured_listing' })
      .where('subjectId', featuring.id)
      .orderBy('id')
    assert.deepEqual(
      ended.map((entry) => [entry.actorId, (entry.after as { status: string }).status]),
      [
        [null, 'active'],
        [staff.id, 'refunded'],
      ]
    )

    // Stripe then reports the same refund: still one refund line.
    await deliverStripeEvents(client, featuringRefunded())
    const lines = await Payment.query()
      .where('organisationId', organisation.id)
      .orderBy('id')
      .select('kind', 'amount')
    assert.deepEqual(
      lines.map((line) => [line.kind, line.amount]),
      [
        ['charge', 4900],
        ['refund', -4900],
      ]
    )
  })

  test('a refund made in the Stripe dashboard reaches the ledger and ends the featuring', async ({
    client,
    assert,
  }) => {
    const { featuring, opportunity } = await paidFeaturing(client)
    await deliverStripeEvents(client, featuringRefunded())
    await featuring.refresh()
    await opportunity.refresh()
    assert.equal(featuring.status, 'refunded')
    assert.isNull(opportunity.featuredUntil)
    const refund = await Payment.query().where('kind', 'refund').firstOrFail()
    assert.equal(refund.amount, -4900)
    assert.equal(refund.featuredListingId, featuring.id)
  })

  test('out of order: a refund reported before the payment leaves the listing unfeatured; the same payment in two events counts once', async ({
    client,
    assert,
  }) => {
    const { organisation } = await createPartner()
    await StripeCustomer.create({
      organisationId: organisation.id,
      stripeCustomerId: 'cus_test_order',
    })
    const opportunity = await createOpportunity(organisation)
    const featuring = await pendingFeaturing(opportunity)
    const session = checkoutSession({
      customer: 'cus_test_order',
      payment_intent: 'pi_test_order',
      metadata: { featured_listing_id: String(featuring.id) },
    })
    // The refund arrives first, then the payment, twice (as two events).
    ;(
      await postWebhook(
        client,
        stripeEvent(
          'charge.refunded',
          refundedCharge({
            paymentIntent: 'pi_test_order',
            customer: 'cus_test_order',
            amount: 4900,
          })
        )
      )
    ).assertStatus(200)
    await drainOutbox({ only: ['payments:process-stripe-event'] })
    for (let delivery = 0; delivery < 2; delivery++) {
      ;(await postWebhook(client, stripeEvent('checkout.session.completed', session))).assertStatus(
        200
      )
    }
    await drainOutbox({ only: ['payments:process-stripe-event'] })

    await featuring.refresh()
    await opportunity.refresh()
    assert.equal(featuring.status, 'refunded')
    assert.isNull(opportunity.featuredUntil)
    const lines = await Payment.query().where('organisationId', organisation.id).orderBy('id')
    assert.deepEqual(
      lines.map((line) => [line.kind, line.amount]),
      [
        ['refund', -4900],
        ['charge', 4900],
      ]
    )

    // Two events for one paid session (no refund): one charge, one featuring period.
    const other = await pendingFeaturing(opportunity)
    const paid = checkoutSession({
      customer: 'cus_test_order',
      payment_intent: 'pi_test_order_2',
      metadata: { featured_listing_id: String(other.id) },
    })
    for (let delivery = 0; delivery < 2; delivery++) {
      ;(await postWebhook(client, stripeEvent('checkout.session.completed', paid))).assertStatus(
        200
      )
    }
    await drainOutbox({ only: ['payments:process-stripe-event'] })
    await other.refresh()
    await opportunity.refresh()
    assert.equal(other.status, 'active')
    assert.equal(+opportunity.featuredUntil!, +other.endsAt!)
    assert.equal(
      (await Payment.query().where('stripePaymentIntentId', 'pi_test_order_2')).length,
      1
    )
  })
})
