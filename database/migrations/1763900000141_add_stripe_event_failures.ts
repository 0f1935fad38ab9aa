import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A stored Stripe event that cannot be applied is marked failed once, with a readable
 * reason, instead of being retried; staff see it on the payments page. Event types may
 * be as long as the webhook accepts (255).
 *
 * deploy-safe: widening varchar(120) to varchar(255) only changes the catalogue in
 * PostgreSQL (no rewrite, no long lock), and the running version's values still fit.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('stripe_events', (table) => {
      table.string('type', 255).notNullable().alter()
      table.integer('attempts').notNullable().defaultTo(0)
      table.timestamp('failed_at', { useTz: true }).nullable()
    })
    this.schema.raw(
      'CREATE INDEX stripe_events_failed_idx ON stripe_events (failed_at DESC) WHERE failed_at IS NOT NULL'
    )
  }

  async down() {
    this.schema.raw('DROP INDEX IF EXISTS stripe_events_failed_idx')
    this.schema.alterTable('stripe_events', (table) => {
      table.dropColumn('failed_at')
      table.dropColumn('attempts')
      table.string('type', 120).notNullable().alter()
    })
  }
}
