import db from '@adonisjs/lucid/services/db'
import type Stripe from 'stripe'
import StripeEvent from '#models/stripe_event'
import { enqueue } from '#services/outbox'

/**
 * Stores a verified webhook event once, by its Stripe id, and queues its processing in
 * the same transaction. A redelivered event finds its row and queues nothing new.
 * Returns whether this delivery was the first.
 */
export default class ReceiveStripeEvent {
  async handle({ event }: { event: Stripe.Event }) {
    return db.transaction(async (trx) => {
      if (!(await StripeEvent.receive(trx, event))) return { first: false }
      await enqueue(
        trx,
        'payments:process-stripe-event',
        { eventId: event.id },
        { key: `stripe-event:${event.id}` }
      )
      return { first: true }
    })
  }
}
