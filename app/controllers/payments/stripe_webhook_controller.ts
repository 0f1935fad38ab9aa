import type { HttpContext } from '@adonisjs/core/http'
import logger from '@adonisjs/core/services/logger'
import { errors } from '@vinejs/vine'
import type Stripe from 'stripe'
import ReceiveStripeEvent from '#actions/payments/receive_stripe_event'
import { verifyStripeWebhook, WebhookRefused } from '#services/stripe'
import { hasUnstorableText, stripeEventEnvelopeValidator } from '#validators/stripe_event'

/**
 * POST /webhooks/stripe. The signature is checked against the unparsed body and the
 * event's envelope against its shape before anything is stored (400 otherwise, with
 * the reason); the event is then stored once and applied by a job, so Stripe gets its
 * 200 quickly and a redelivery changes nothing.
 */
export default class StripeWebhookController {
  async handle({ request, response }: HttpContext) {
    let body: unknown
    try {
      body = verifyStripeWebhook(request.raw() ?? '', request.header('stripe-signature'))
      await stripeEventEnvelopeValidator.validate(body)
      if (hasUnstorableText(body))
        throw new WebhookRefused('body', 'The event contains NUL or broken Unicode text')
    } catch (error) {
      if (error instanceof errors.E_VALIDATION_ERROR) {
        logger.warn('stripe webhook refused: malformed event envelope')
        return response.badRequest({ error: 'malformed event', errors: error.messages })
      }
      if (!(error instanceof WebhookRefused)) throw error
      logger.warn('stripe webhook refused (%s): %s', error.kind, error.message)
      return response.badRequest({
        error: error.kind === 'body' ? 'malformed event' : 'invalid signature',
        message: error.message,
      })
    }
    const { first } = await new ReceiveStripeEvent().handle({ event: body as Stripe.Event })
    return response.ok({ received: true, duplicate: !first })
  }
}
