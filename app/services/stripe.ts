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

/**
 * Verifies a webhook against the signing secret and returns the event it carries.
 * Throws on a missing, wrong or stale signature; nothing is stored before this passes.
 */
export function verifyStripeEvent(rawBody: string, signature: string | undefined) {
  const secret = paymentsSettings().webhookSecret
  if (!secret || !signature) throw new Error('Unsigned webhook or no signing secret configured')
  // Verification needs no API key: the webhook helpers are static on the class.
  return Stripe.webhooks.constructEvent(rawBody, signature, secret)
}
