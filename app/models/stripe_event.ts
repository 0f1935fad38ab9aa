import { DateTime } from 'luxon'
import type Stripe from 'stripe'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { StripeEventSchema } from '#database/schema'

/** A Stripe webhook event exactly as received; its Stripe id is the primary key. */
export default class StripeEvent extends StripeEventSchema {
  static table = 'stripe_events'
  static selfAssignPrimaryKey = true

  /** Stores a delivery once by its Stripe id; false when it had been received before. */
  static async receive(client: QueryClientContract, event: Stripe.Event) {
    const inserted = await client
      .insertQuery()
      .table(this.table)
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
    return inserted.length > 0
  }

  /**
   * Keeps why applying the event failed (for staff and support, in words) and counts
   * the attempt; `givenUp` marks it failed for good. Outside any transaction, so the
   * note stays although the attempt was rolled back.
   */
  static async noteFailure(eventId: string, reason: string, givenUp: boolean) {
    await this.query()
      .where('id', eventId)
      .update({
        last_error: reason,
        attempts: db.raw('attempts + 1'),
        failed_at: givenUp ? new Date() : null,
      })
  }
}
