import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import drive from '@adonisjs/drive/services/main'
import ClubMembership from '#models/club_membership'
import Deal from '#models/deal'
import Pipeline from '#models/pipeline'
import Opportunity from '#models/opportunity'
import OpportunityDocument from '#models/opportunity_document'
import Payment from '#models/payment'
import StripeCustomer from '#models/stripe_customer'
import type User from '#models/user'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import {
  checkoutSession,
  configurePayments,
  deliverStripeEvents,
  invoice,
  startStripeServer,
  stripeEvent,
  subscription,
} from '#tests/helpers/stripe'
import { submitAs } from '#tests/helpers/requests'

const PERIOD_END = Math.floor(Date.now() / 1000) + 30 * 86400

/** Posts the events (each signed) in the given order, then runs the queued jobs. */

async function dataRoomFile() {
  const { organisation } = await createPartner()
  const opportunity = await createOpportunity(organisation)
  const filePath = `opportunities/${opportunity.id}/data_room/club-test.pdf`
  await drive.use().put(filePath, '%PDF-1.4 club')
  return OpportunityDocument.create({
    opportunityId: opportunity.id,
    kind: 'data_room',
    title: 'Financial model',
    filePath,
    fileName: 'model.pdf',
    mimeType: 'application/pdf',
    sizeBytes: 13,
  })
}

async function clubInvestor() {
  const investor = await UserFactory.create()
  const customer = `cus_test_inv_${investor.id}`
  await StripeCustomer.create({ userId: investor.id, stripeCustomerId: customer })
  return { investor, customer }
}

/** Payments configured for this test (Stripe's API unreachable) and a Club investor. */
function clubInvestorOverWebhooks(cleanup: (handler: () => void) => void) {
  cleanup(configurePayments())
  return clubInvestor()
}

/** Stripe's report that the investor's monthly Club Checkout completed, at `created`. */
function clubCheckoutCompleted(
  investor: User,
  customer: string,
  created: number,
  fields: Record<string, unknown> = {}
) {
  return stripeEvent(
    'checkout.session.completed',
    checkoutSession({
      mode: 'subscription',
      customer,
      subscription: `sub_test_${investor.id}`,
      metadata: { user_id: String(investor.id), plan: 'monthly' },
      ...fields,
    }),
    { created }
  )
}

function subscriptionEvent(
  type: 'created' | 'updated' | 'deleted',
  investor: User,
  customer: string,
  fields: { status: string; created: number; cancelAtPeriodEnd?: boolean }
) {
  return stripeEvent(
    `customer.subscription.${type}`,
    subscription({
      id: `sub_test_${investor.id}`,
      customer,
      status: fields.status,
      userId: investor.id,
      periodEnd: PERIOD_END,
      cancelAtPeriodEnd: fields.cancelAtPeriodEnd,
      canceledAt: type === 'deleted' ? fields.created : null,
    }),
    { created: fields.created }
  )
}

test.group('Payments: the Investor Club', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an investor joins through Checkout and manages the subscription in the Customer Portal', async ({
    client,
    assert,
  }) => {
    const stripe = await startStripeServer({
      'POST /v1/customers': () => ({ body: { id: 'cus_test_inv', object: 'customer' } }),
      'POST /v1/checkout/sessions': () => ({
        body: {
          id: 'cs_test_club',
          object: 'checkout.session',
          mode: 'subscription',
          url: 'https://checkout.stripe.com/c/pay/cs_test_club',
        },
      }),
      'POST /v1/billing_portal/sessions': () => ({
        body: {
          id: 'bps_test_1',
          object: 'billing_portal.session',
          url: 'https://billing.stripe.com/p/session/test_1',
        },
      }),
    })
    const restore = configurePayments({ port: stripe.port })
    try {
      const investor = await UserFactory.create()
      const page = await client.get('/investor/club').loginAs(investor).withInertia()
      page.assertStatus(200)
      assert.isNull(page.inertiaProps.membership)
      assert.include(page.inertiaProps, { paymentsEnabled: true, hasBillingAccount: false })
      assert.deepEqual(page.inertiaProps.plans, ['monthly', 'yearly'])

      const wrongPlan = await client
        .post('/investor/club/checkout')
        .accept('json')
        .json({ plan: 'weekly' })
        .loginAs(investor)
        .withCsrfToken()
      wrongPlan.assertStatus(422)
      assert.lengthOf(stripe.requests, 0)

      const response = await submitAs(client, investor, 'post', '/investor/club/checkout', {
        json: { plan: 'yearly' },
      })
      response.assertStatus(302)
      response.assertHeader('location', 'https://checkout.stripe.com/c/pay/cs_test_club')
      const [customer] = stripe.sent('POST /v1/customers')
      assert.equal(customer.form['metadata[user_id]'], String(investor.id))
      assert.equal(customer.form.email, investor.email)
      const [session] = stripe.sent('POST /v1/checkout/sessions')
      assert.include(session.form, {
        'mode': 'subscription',
        'customer': 'cus_test_inv',
        'line_items[0][price]': 'price_club_yearly',
        'line_items[0][quantity]': '1',
        'subscription_data[metadata][user_id]': String(investor.id),
        'subscription_data[metadata][plan]': 'yearly',
      })
      const saved = await StripeCustomer.findByOrFail('userId', investor.id)
      assert.equal(saved.stripeCustomerId, 'cus_test_inv')

      // The portal for card, cancellation and invoices; the second purchase reuses the customer.
      const portal = await submitAs(client, investor, 'post', '/investor/club/portal')
      portal.assertStatus(302)
      portal.assertHeader('location', 'https://billing.stripe.com/p/session/test_1')
      const [portalRequest] = stripe.sent('POST /v1/billing_portal/sessions')
      assert.equal(portalRequest.form.customer, 'cus_test_inv')
      assert.match(portalRequest.form.return_url, /\/investor\/club$/)
      await submitAs(client, investor, 'post', '/investor/club/checkout', {
        json: { plan: 'monthly' },
      })
      assert.lengthOf(stripe.sent('POST /v1/customers'), 1, 'one Stripe customer per investor')

      // Partners cannot join.
      const { user: partner } = await createPartner()
      const refused = await client
        .post('/investor/club/checkout')
        .accept('json')
        .json({ plan: 'monthly' })
        .loginAs(partner)
        .withCsrfToken()
      refused.assertStatus(403)
    } finally {
      restore()
      await stripe.close()
    }
  })

  test('subscription life cycle: paid → member with data-room access; failed payment; cancellation ends it', async ({
    client,
    assert,
    cleanup,
  }) => {
    const { investor, customer } = await clubInvestorOverWebhooks(cleanup)
    const document = await dataRoomFile()
    ;(await client.get(`/documents/${document.id}`).loginAs(investor)).assertStatus(403)

    const t0 = Math.floor(Date.now() / 1000) - 600
    const subscriptionId = `sub_test_${investor.id}`
    await deliverStripeEvents(
      client,
      subscriptionEvent('created', investor, customer, { status: 'incomplete', created: t0 }),
      clubCheckoutCompleted(investor, customer, t0 + 1, { amount_total: 2900 }),
      stripeEvent(
        'invoice.paid',
        invoice({
          id: 'in_test_1',
          customer,
          subscription: subscriptionId,
          paid: true,
          amount: 2900,
        }),
        { created: t0 + 1 }
      ),
      subscriptionEvent('updated', investor, customer, { status: 'active', created: t0 + 2 })
    )
    const membership = await ClubMembership.findByOrFail('stripeSubscriptionId', subscriptionId)
    assert.include(membership.$attributes, {
      userId: investor.id,
      status: 'active',
      plan: 'monthly',
      stripeCustomerId: customer,
    })
    assert.equal(membership.currentPeriodEnd!.toSeconds(), PERIOD_END)
    assert.isTrue(await ClubMembership.isMember(investor.id))
    // Data room without the per-project NDA.
    ;(await client.get(`/documents/${document.id}`).loginAs(investor)).assertStatus(200)
    const page = await client.get('/investor/club').loginAs(investor).withInertia()
    assert.include(page.inertiaProps.membership, {
      status: 'active',
      active: true,
      plan: 'monthly',
    })

    // A renewal fails: Stripe retries and marks the subscription past_due.
    await deliverStripeEvents(
      client,
      stripeEvent(
        'invoice.payment_failed',
        invoice({
          id: 'in_test_2',
          customer,
          subscription: subscriptionId,
          paid: false,
          amount: 2900,
        }),
        { created: t0 + 3 }
      ),
      subscriptionEvent('updated', investor, customer, { status: 'past_due', created: t0 + 3 })
    )
    await membership.refresh()
    assert.equal(membership.status, 'past_due')

    // The investor cancels in the portal: at period end first, then the subscription ends.
    await deliverStripeEvents(
      client,
      subscriptionEvent('updated', investor, customer, {
        status: 'active',
        created: t0 + 4,
        cancelAtPeriodEnd: true,
      })
    )
    await membership.refresh()
    assert.isTrue(membership.cancelAtPeriodEnd)
    assert.isTrue(await ClubMembership.isMember(investor.id))
    await deliverStripeEvents(
      client,
      subscriptionEvent('deleted', investor, customer, { status: 'canceled', created: t0 + 5 })
    )
    await membership.refresh()
    assert.equal(membership.status, 'canceled')
    assert.isNotNull(membership.canceledAt)
    assert.isFalse(await ClubMembership.isMember(investor.id))
    ;(await client.get(`/documents/${document.id}`).loginAs(investor)).assertStatus(403)
    const after = await client.get('/investor/club').loginAs(investor).withInertia()
    assert.include(after.inertiaProps.membership, { status: 'canceled', active: false })

    // The ledger: every charge, failure and subscription change, in order.
    const lines = await Payment.query()
      .where('userId', investor.id)
      .orderBy('occurredAt')
      .orderBy('id')
    assert.deepEqual(
      lines.map((line) => [line.kind, line.amount, line.description]),
      [
        ['subscription_change', 0, 'Investor Club: incomplete'],
        ['charge', 2900, 'Investor Club invoice MOST-ST_1'],
        ['subscription_change', 0, 'Investor Club: active'],
        ['payment_failed', 2900, 'Investor Club invoice MOST-ST_2 (attempt 1)'],
        ['subscription_change', 0, 'Investor Club: past_due'],
        ['subscription_change', 0, 'Investor Club: active, cancels at period end'],
        ['subscription_change', 0, 'Investor Club: canceled'],
      ]
    )
  })

  test('events out of order: an update before the creation and the checkout; late and stale events change nothing', async ({
    client,
    assert,
    cleanup,
  }) => {
    const { investor, customer } = await clubInvestorOverWebhooks(cleanup)
    const subscriptionId = `sub_test_${investor.id}`
    const t0 = Math.floor(Date.now() / 1000) - 600

    // Stripe sent created (t0), checkout (t0+5), updated (t0+10); they arrive backwards.
    await deliverStripeEvents(
      client,
      subscriptionEvent('updated', investor, customer, { status: 'active', created: t0 + 10 })
    )
    let membership = await ClubMembership.findByOrFail('stripeSubscriptionId', subscriptionId)
    assert.equal(membership.status, 'active')
    await deliverStripeEvents(
      client,
      clubCheckoutCompleted(investor, customer, t0 + 5),
      subscriptionEvent('created', investor, customer, { status: 'incomplete', created: t0 })
    )
    membership = await ClubMembership.findByOrFail('stripeSubscriptionId', subscriptionId)
    assert.equal(membership.status, 'active')
    assert.lengthOf(await ClubMembership.query().where('userId', investor.id), 1)

    // Same second: a later state is not replaced by `incomplete`.
    await deliverStripeEvents(
      client,
      subscriptionEvent('created', investor, customer, { status: 'incomplete', created: t0 + 10 })
    )
    await membership.refresh()
    assert.equal(membership.status, 'active')

    // Cancelled is final: an older "active" update arriving afterwards does not revive it.
    await deliverStripeEvents(
      client,
      subscriptionEvent('deleted', investor, customer, { status: 'canceled', created: t0 + 30 }),
      subscriptionEvent('updated', investor, customer, { status: 'active', created: t0 + 20 })
    )
    await membership.refresh()
    assert.equal(membership.status, 'canceled')
    assert.isFalse(await ClubMembership.isMember(investor.id))
  })

  test('club members are marked in the CRM (board and list) and see the data room on the listing page', async ({
    client,
    assert,
  }) => {
    const { investor: member, customer } = await clubInvestor()
    const other = await UserFactory.create()
    const staff = await UserFactory.apply('staff').create()
    await ClubMembership.create({
      userId: member.id,
      stripeSubscriptionId: 'sub_test_mark',
      stripeCustomerId: customer,
      plan: 'monthly',
      status: 'active',
      cancelAtPeriodEnd: false,
      currentPeriodEnd: DateTime.fromSeconds(PERIOD_END),
      stateAsOf: DateTime.now(),
    })
    const pipeline = await Pipeline.query()
      .where('slug', 'investments')
      .preload('stages')
      .firstOrFail()
    const first = pipeline.stages.find((stage) => stage.key === 'new')!
    const [memberDeal, otherDeal] = await Deal.createMany(
      [member, other].map((investor) => ({
        pipelineId: pipeline.id,
        stageId: first.id,
        investorId: investor.id,
        ownerId: staff.id,
        title: `Deal of ${investor.fullName}`,
        valueEur: 100_000,
        stageEnteredAt: DateTime.now(),
      }))
    )

    const board = await client.get('/crm/pipeline').loginAs(staff).withInertia()
    const cards = (
      board.inertiaProps.columns as { cards: { id: number; priority: boolean }[] }[]
    ).flatMap((column) => column.cards)
    assert.isTrue(cards.find((card) => card.id === memberDeal.id)!.priority)
    assert.isFalse(cards.find((card) => card.id === otherDeal.id)!.priority)
    const list = await client.get('/crm/deals').loginAs(staff).withInertia()
    const rows = list.inertiaProps.deals as { id: number; priority: boolean }[]
    assert.isTrue(rows.find((row) => row.id === memberDeal.id)!.priority)
    assert.isFalse(rows.find((row) => row.id === otherDeal.id)!.priority)
    const memberPage = await client.get(`/crm/deals/${memberDeal.id}`).loginAs(staff).withInertia()
    assert.isTrue(memberPage.inertiaProps.priority)
    const otherPage = await client.get(`/crm/deals/${otherDeal.id}`).loginAs(staff).withInertia()
    assert.isFalse(otherPage.inertiaProps.priority)

    // The listing page opens the data room for the member without the NDA step.
    const document = await dataRoomFile()
    const listing = await Opportunity.findOrFail(document.opportunityId)
    const page = await client.get(`/opportunities/${listing.slug}`).loginAs(member).withInertia()
    assert.include(page.inertiaProps.viewer, { clubMember: true, ndaAccepted: false })
    const notMember = await client
      .get(`/opportunities/${listing.slug}`)
      .loginAs(other)
      .withInertia()
    assert.include(notMember.inertiaProps.viewer, { clubMember: false })
  })
})
