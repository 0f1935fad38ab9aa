import Stripe from 'stripe'
import app from '@adonisjs/core/services/app'
import type paymentsConfig from '#config/payments'

export type PaymentsConfig = typeof paymentsConfig

export function paymentsSettings(): PaymentsConfig {
  return app.config.get<PaymentsConfig>('payments')
}

/** Payments are on when a secret key is configured; everything else works without. */
export function paymentsEnabled() {
  return !!paymentsSettings().secretKey
}

export class PaymentsNotConfiguredError extends Error {
  constructor() {
    super('Payments are not configured (STRIPE_SECRET_KEY is empty)')
  }
}

let cached: { key: string; client: Stripe } | null = null

/**
 * The stock Stripe client, built from config/payments.ts. Rebuilt when the settings
 * change (a test pointing it at its local server), reused otherwise.
 */
export function stripeClient(): Stripe {
  const settings = paymentsSettings()
  if (!settings.secretKey) throw new PaymentsNotConfiguredError()
  const key = JSON.stringify([settings.secretKey, settings.api])
  if (cached?.key !== key) {
    const client = new Stripe(settings.secretKey, {
      host: settings.api.host,
      port: settings.api.port,
      protocol: settings.api.protocol,
      maxNetworkRetries: 2,
      timeout: 20_000,
      telemetry: false,
    })
    cached = { key, client }
  }
  return cached.client
}

/** Stripe's own tolerance for a signature's timestamp, applied both ways (seconds). */
export const WEBHOOK_TOLERANCE_SECONDS = Stripe.webhooks.DEFAULT_TOLERANCE

/** Why a webhook delivery was refused; every kind is answered 400 and stores nothing. */
export class WebhookRefused extends Error {
  constructor(
    public readonly kind: 'signature' | 'timestamp' | 'body',
    message: string
  ) {
    super(message)
  }
}

/**
 * Verifies a webhook's signature over the raw bytes against the signing secret, and its
 * timestamp both ways: Stripe's check only refuses old signatures, so one dated in the
 * future (a replay prepared in advance, or a wrong clock) is refused here. Returns the
 * parsed JSON body, not yet checked for shape.
 */
export function verifyStripeWebhook(
  rawBody: string,
  signature: string | undefined,
  now = Date.now()
): unknown {
  const secret = paymentsSettings().webhookSecret
  if (!secret || !signature) {
    throw new WebhookRefused('signature', 'Unsigned webhook or no signing secret configured')
  }
  const verifier = Stripe.webhooks.signature
  if (!verifier) throw new WebhookRefused('signature', 'Stripe signature helper unavailable')
  try {
    verifier.verifyHeader(rawBody, signature, secret, WEBHOOK_TOLERANCE_SECONDS, undefined, now)
  } catch (error) {
    const message = (error as Error).message.split('\n')[0].trim()
    const kind = message.startsWith('Timestamp outside') ? 'timestamp' : 'signature'
    throw new WebhookRefused(kind, message)
  }
  const signedAt = signatureTimestamp(signature)
  if (!Number.isFinite(signedAt) || signedAt - Math.floor(now / 1000) > WEBHOOK_TOLERANCE_SECONDS) {
    throw new WebhookRefused('timestamp', 'Timestamp outside the tolerance zone (in the future)')
  }
  try {
    return JSON.parse(rawBody)
  } catch {
    throw new WebhookRefused('body', 'The body is not JSON')
  }
}

/** The `t=` of a signature header, read the way Stripe's library reads it (the last one wins). */
function signatureTimestamp(header: string) {
  let timestamp = Number.NaN
  for (const item of header.split(',')) {
    const [key, value] = item.split('=')
    if (key === 't') timestamp = Number.parseInt(value, 10)
  }
  return timestamp
}
