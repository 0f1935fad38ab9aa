import type { HttpContext } from '@adonisjs/core/http'
import logger from '@adonisjs/core/services/logger'
import ReceiveStripeEvent from '#actions/payments/receive_stripe_event'
import { verifyStripeEvent } from '#services/stripe'

/**
 * POST /webhooks/stripe. The signature is checked against the unparsed body before
 * anything is stored; the event is then stored once and applied by a job, so Stripe
 * gets its 200 quickly and a redelivery changes nothing.
 */
export default class StripeWebhookController {
  async handle({ request, response }: HttpContext) {
    let event
    try {
      event = verifyStripeEvent(request.raw() ?? '', request.header('stripe-signature'))
    } catch (error) {
      logger.warn('stripe webhook refused: %s', (error as Error).message.split('\n')[0])
      return response.badRequest({ error: 'invalid signature' })
    }
    const { first } = await new ReceiveStripeEvent().handle({ event })
    return response.ok({ received: true, duplicate: !first })
  }
}
