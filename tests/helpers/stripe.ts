import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import Stripe from 'stripe'
import app from '@adonisjs/core/services/app'
import type { ApiClient } from '@japa/api-client'
import type { PaymentsConfig } from '#services/stripe'
import FeaturedListing from '#models/featured_listing'
import { drainOutbox } from '#tests/helpers/outbox'

export const TEST_WEBHOOK_SECRET = 'whsec_test_most_payments'

export interface StripeRequest {
  method: string
  path: string
  headers: IncomingMessage['headers']
  /** The form-encoded body as Stripe's client sends it: `line_items[0][price]` → value. */
  form: Record<string, string>
}

type Answer = { status?: number; body: Record<string, unknown> }
type Route = (request: StripeRequest) => Answer | undefined

/**
 * A stand-in for api.stripe.com on a local port (node:http), for tests only. It records
 * every request the stock Stripe client sends and answers with Stripe-shaped JSON from
 * `routes` ("POST /v1/refunds" → answer); anything unexpected gets Stripe's 404 shape.
 */
export async function startStripeServer(routes: Record<string, Route>) {
  const requests: StripeRequest[] = []
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk) => chunks.push(chunk))
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://localhost')
      const request: StripeRequest = {
        method: incoming.method ?? 'GET',
        path: url.pathname,
        headers: incoming.headers,
        form: Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))),
      }
      requests.push(request)
      const route = routes[`${request.method} ${request.path}`]
      const answer = route?.(request) ?? {
        status: 404,
        body: { error: { type: 'invalid_request_error', message: `No stub for ${request.path}` } },
      }
      outgoing.writeHead(answer.status ?? 200, {
        'content-type': 'application/json',
        'request-id': `req_test_${requests.length}`,
      })
      outgoing.end(JSON.stringify(answer.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    port,
    requests,
    /** Requests to one endpoint, e.g. `sent('POST /v1/checkout/sessions')`. */
    sent(endpoint: string) {
      return requests.filter((request) => `${request.method} ${request.path}` === endpoint)
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * Points config/payments at a test key, the test signing secret and (optionally) the
 * local server, as an operator would through the STRIPE_* variables. Returns the undo.
 */
export function configurePayments(overrides: { port?: number; secretKey?: string | null } = {}) {
  const settings = app.config.get<PaymentsConfig>('payments')
  const saved = structuredClone(settings)
  settings.secretKey = overrides.secretKey === undefined ? 'sk_test_most' : overrides.secretKey
  settings.webhookSecret = TEST_WEBHOOK_SECRET
  settings.club = { monthly: 'price_club_monthly', yearly: 'price_club_yearly' }
  settings.api = overrides.port
    ? { host: '127.0.0.1', port: overrides.port, protocol: 'http' }
    : { host: undefined, port: undefined, protocol: undefined }
  return () => {
    Object.assign(settings, saved)
  }
}

let sequence = 0

/** A Stripe event envelope around `object`, as Stripe delivers it to a webhook endpoint. */
export function stripeEvent(
  type: string,
  object: Record<string, unknown>,
  options: { id?: string; created?: number } = {}
) {
  sequence++
  return {
    id: options.id ?? `evt_test_${Date.now()}_${sequence}`,
    object: 'event',
    api_version: '2026-10-28.endive',
    created: options.created ?? Math.floor(Date.now() / 1000),
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  }
}

/** Posts an event the way Stripe does: raw JSON body, signed with the library's test helper. */
export function postWebhook(
  client: ApiClient,
  event: Record<string, unknown>,
  options: { secret?: string; signature?: string | null } = {}
) {
  const payload = JSON.stringify(event)
  const signature =
    options.signature === undefined
      ? Stripe.webhooks.generateTestHeaderString({
          payload,
          secret: options.secret ?? TEST_WEBHOOK_SECRET,
        })
      : options.signature
  const request = client.post('/webhooks/stripe').type('application/json').unsafeJson(payload)
  return signature === null ? request : request.header('stripe-signature', signature)
}

/**
 * Posts `body` as the exact bytes sent, signed over `signedPayload` (the body itself unless a
 * test signs something else, e.g. a re-serialisation of it).
 */
export function postSignedBody(client: ApiClient, body: string, signedPayload: string = body) {
  return client
    .post('/webhooks/stripe')
    .type('application/json')
    .unsafeJson(body)
    .header(
      'stripe-signature',
      Stripe.webhooks.generateTestHeaderString({
        payload: signedPayload,
        secret: TEST_WEBHOOK_SECRET,
      })
    )
}

// Stripe-shaped objects (the fields Most reads, plus enough of the rest to look real).

/** A `checkout.session.*` event around a Checkout Session with `fields`. */
export function checkoutEvent(type: `checkout.session.${string}`, fields: Record<string, unknown>) {
  return stripeEvent(type, checkoutSession(fields))
}

export function checkoutSession(fields: Record<string, unknown>) {
  return {
    id: `cs_test_${sequence++}`,
    object: 'checkout.session',
    mode: 'payment',
    status: 'complete',
    payment_status: 'paid',
    amount_total: 4900,
    amount_subtotal: 4900,
    currency: 'eur',
    customer: 'cus_test_org',
    payment_intent: null,
    subscription: null,
    client_reference_id: null,
    metadata: {},
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    url: null,
    ...fields,
  }
}

export function subscription(fields: {
  id: string
  customer: string
  status: string
  userId?: number
  periodEnd: number
  cancelAtPeriodEnd?: boolean
  canceledAt?: number | null
  interval?: 'month' | 'year'
}) {
  return {
    id: fields.id,
    object: 'subscription',
    customer: fields.customer,
    status: fields.status,
    currency: 'eur',
    cancel_at_period_end: fields.cancelAtPeriodEnd ?? false,
    canceled_at: fields.canceledAt ?? null,
    metadata: fields.userId ? { user_id: String(fields.userId), plan: 'monthly' } : {},
    livemode: false,
    items: {
      object: 'list',
      data: [
        {
          id: `si_${fields.id}`,
          object: 'subscription_item',
          current_period_start: fields.periodEnd - 30 * 86400,
          current_period_end: fields.periodEnd,
          quantity: 1,
          price: {
            id: 'price_club_monthly',
            object: 'price',
            currency: 'eur',
            unit_amount: 2900,
            recurring: { interval: fields.interval ?? 'month', interval_count: 1 },
          },
        },
      ],
      has_more: false,
      url: `/v1/subscription_items?subscription=${fields.id}`,
    },
  }
}

export function invoice(fields: {
  id: string
  customer: string
  subscription: string
  paid: boolean
  amount: number
  attempt?: number
}) {
  return {
    id: fields.id,
    object: 'invoice',
    customer: fields.customer,
    number: `MOST-${fields.id.slice(-4).toUpperCase()}`,
    currency: 'eur',
    status: fields.paid ? 'paid' : 'open',
    amount_due: fields.amount,
    amount_paid: fields.paid ? fields.amount : 0,
    amount_remaining: fields.paid ? 0 : fields.amount,
    attempt_count: fields.attempt ?? 1,
    billing_reason: 'subscription_cycle',
    livemode: false,
    parent: {
      type: 'subscription_details',
      quote_details: null,
      subscription_details: { subscription: fields.subscription, metadata: {} },
    },
  }
}

export function refundedCharge(fields: {
  paymentIntent: string
  customer: string
  amount: number
  refunded?: number
}) {
  const refunded = fields.refunded ?? fields.amount
  return {
    id: `ch_${fields.paymentIntent.slice(3)}`,
    object: 'charge',
    amount: fields.amount,
    amount_captured: fields.amount,
    amount_refunded: refunded,
    refunded: refunded >= fields.amount,
    captured: true,
    paid: true,
    status: 'succeeded',
    currency: 'eur',
    customer: fields.customer,
    payment_intent: fields.paymentIntent,
    livemode: false,
  }
}

/**
 * Delivers signed events to the webhook (each must be accepted) and applies them with the
 * job the webhook queued, as the worker would.
 */
export async function deliverStripeEvents(client: ApiClient, ...events: Record<string, unknown>[]) {
  for (const event of events) (await postWebhook(client, event)).assertStatus(200)
  return drainOutbox({ only: ['payments:process-stripe-event'] })
}

/** A featuring bought through Checkout and not paid yet: 30 days for 49 €, or 90 for 129 €. */
export function pendingFeaturing(
  opportunity: { id: number; organisationId: number },
  days: 30 | 90 = 30,
  extra: Partial<Pick<FeaturedListing, 'createdById' | 'checkoutSessionId'>> = {}
) {
  return FeaturedListing.create({
    opportunityId: opportunity.id,
    organisationId: opportunity.organisationId,
    source: 'purchase',
    status: 'pending',
    days,
    amount: days === 30 ? 4900 : 12900,
    currency: 'eur',
    ...extra,
  })
}
