import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Payments through Stripe: the webhook events as received (each stored once by its
 * id), one Stripe customer per paying organisation or investor, featured listings
 * (bought or granted), Investor Club memberships and the ledger of every charge,
 * refund and subscription change.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('stripe_events', (table) => {
      table.string('id', 255).primary()
      table.string('type', 120).notNullable()
      table.jsonb('payload').notNullable()
      // Stripe's own creation time: what ordering decisions compare, not our arrival time.
      table.timestamp('stripe_created_at', { useTz: true }).notNullable()
      table.timestamp('received_at', { useTz: true }).notNullable()
      table.timestamp('processed_at', { useTz: true }).nullable()
      table.text('last_error').nullable()
    })

    this.schema.createTable('stripe_customers', (table) => {
      table.increments('id')
      table
        .integer('organisation_id')
        .nullable()
        .unique()
        .references('organisations.id')
        .onDelete('CASCADE')
      table.integer('user_id').nullable().unique().references('users.id').onDelete('CASCADE')
      table.string('stripe_customer_id', 255).notNullable().unique()
      table.timestamp('created_at', { useTz: true }).notNullable()
    })
    this.schema.raw(
      'ALTER TABLE stripe_customers ADD CONSTRAINT stripe_customers_one_owner CHECK (num_nonnulls(organisation_id, user_id) = 1)'
    )

    this.schema.createTable('featured_listings', (table) => {
      table.increments('id')
      table
        .integer('opportunity_id')
        .notNullable()
        .references('opportunities.id')
        .onDelete('CASCADE')
      table
        .integer('organisation_id')
        .notNullable()
        .references('organisations.id')
        .onDelete('CASCADE')
      table
        .enum('source', ['purchase', 'grant'], { useNative: true, enumName: 'featuring_source' })
        .notNullable()
      table
        .enum('status', ['pending', 'active', 'ended', 'refunded', 'abandoned'], {
          useNative: true,
          enumName: 'featuring_status',
        })
        .notNullable()
      table.integer('days').notNullable()
      table.integer('amount').notNullable().defaultTo(0)
      table.string('currency', 3).notNullable()
      table.timestamp('starts_at', { useTz: true }).nullable()
      table.timestamp('ends_at', { useTz: true }).nullable()
      table.timestamp('ended_at', { useTz: true }).nullable()
      // Why staff granted it for free (municipal offices usually get it).
      table.text('reason').nullable()
      table.integer('created_by_id').nullable().references('users.id').onDelete('SET NULL')
      table.string('checkout_session_id', 255).nullable().unique()
      table.string('payment_intent_id', 255).nullable().unique()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['opportunity_id'], 'featured_listings_by_opportunity')
    })
    this.schema.raw(
      `CREATE INDEX featured_listings_active_ends ON featured_listings (ends_at) WHERE status = 'active'`
    )

    // Denormalised on the listing so browse can rank featured ones first through an index.
    this.schema.alterTable('opportunities', (table) => {
      table.timestamp('featured_until', { useTz: true }).nullable()
    })
    for (const [name, columns] of [
      ['newest', 'published_at DESC, id DESC'],
      ['largest', 'total_size_eur DESC, id DESC'],
      ['smallest_ticket', 'min_ticket_eur ASC, id DESC'],
      ['most_interest', 'interests_count DESC, id DESC'],
    ]) {
      this.schema.raw(
        `CREATE INDEX opportunities_published_featured_${name} ON opportunities ((featured_until IS NOT NULL) DESC, ${columns}) WHERE status = 'published'`
      )
    }

    this.schema.createTable('club_memberships', (table) => {
      table.increments('id')
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE')
      table.string('stripe_subscription_id', 255).notNullable().unique()
      table.string('stripe_customer_id', 255).notNullable()
      table.string('plan', 20).nullable()
      // Stripe's subscription status: incomplete, active, past_due, canceled, unpaid …
      table.string('status', 40).notNullable()
      table.timestamp('current_period_end', { useTz: true }).nullable()
      table.boolean('cancel_at_period_end').notNullable().defaultTo(false)
      table.timestamp('canceled_at', { useTz: true }).nullable()
      // The newest event applied, so an older one arriving late changes nothing.
      table.timestamp('state_as_of', { useTz: true }).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['user_id'], 'club_memberships_by_user')
    })

    this.schema.createTable('payments', (table) => {
      table.increments('id')
      table.integer('organisation_id').nullable().references('organisations.id').onDelete('CASCADE')
      table.integer('user_id').nullable().references('users.id').onDelete('CASCADE')
      table
        .enum('kind', ['charge', 'refund', 'payment_failed', 'subscription_change'], {
          useNative: true,
          enumName: 'payment_kind',
        })
        .notNullable()
      table
        .enum('product', ['featured_listing', 'investor_club'], {
          useNative: true,
          enumName: 'payment_product',
        })
        .notNullable()
      // Smallest currency unit; refunds are negative, subscription changes zero.
      table.integer('amount').notNullable()
      table.string('currency', 3).notNullable()
      table.string('description', 255).notNullable()
      table
        .integer('featured_listing_id')
        .nullable()
        .references('featured_listings.id')
        .onDelete('SET NULL')
      table
        .integer('club_membership_id')
        .nullable()
        .references('club_memberships.id')
        .onDelete('SET NULL')
      table.string('stripe_payment_intent_id', 255).nullable()
      table.string('stripe_invoice_id', 255).nullable()
      // One row per Stripe fact (`charge:pi_…`, `refund:pi_…:4900`, `invoice:in_…:paid` …).
      table.string('stripe_reference', 255).notNullable().unique()
      table.timestamp('occurred_at', { useTz: true }).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['organisation_id', 'occurred_at'], 'payments_by_organisation')
      table.index(['user_id', 'occurred_at'], 'payments_by_user')
    })
    this.schema.raw(
      'ALTER TABLE payments ADD CONSTRAINT payments_one_payer CHECK (num_nonnulls(organisation_id, user_id) = 1)'
    )
  }

  async down() {
    this.schema.dropTable('payments')
    this.schema.dropTable('club_memberships')
    for (const name of ['newest', 'largest', 'smallest_ticket', 'most_interest']) {
      this.schema.raw(`DROP INDEX IF EXISTS opportunities_published_featured_${name}`)
    }
    this.schema.alterTable('opportunities', (table) => table.dropColumn('featured_until'))
    this.schema.dropTable('featured_listings')
    this.schema.dropTable('stripe_customers')
    this.schema.dropTable('stripe_events')
    this.schema.raw('DROP TYPE IF EXISTS payment_kind')
    this.schema.raw('DROP TYPE IF EXISTS payment_product')
    this.schema.raw('DROP TYPE IF EXISTS featuring_source')
    this.schema.raw('DROP TYPE IF EXISTS featuring_status')
  }
}
