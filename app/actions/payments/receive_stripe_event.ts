import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type Stripe from 'stripe'
import { enqueue } from '#services/outbox'

/**
 * Stores a verified webhook event once, by its Stripe id, and queues its processing in
 * the same transaction. A redelivered event finds its row and queues nothing new.
 * Returns whether this delivery was the first.
 */
export default class ReceiveStripeEvent {
  async handle({ event }: { event: Stripe.Event }) {
    return db.transaction(async (trx) => {
      const inserted = await trx
        .insertQuery()
        .table('stripe_events')
        .insert({
          id: event.id,
          type: event.type,
          payload: JSON.stringify(event),
          stripe_created_at: DateTime.fromSeconds(event.created).toJSDate(),
          received_at: new Date(),
        })
        .onConflict('id')
        .ignore()
        .returning('id')
      if (!inserted.length) return { first: false }
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
