import { BaseSchema } from '@adonisjs/lucid/schema'
import { alertFrequencies, alertStates } from '#enums/matching'

/**
 * Matching investors with listings: saved searches with an e-mail frequency, the
 * alerts sent (one per person and listing, ever), and the marketing consent that
 * every alert needs (when it was given, so it can be shown and withdrawn).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('users', (table) => {
      table.boolean('marketing_opt_in').notNullable().defaultTo(false)
      table.timestamp('marketing_opt_in_at', { useTz: true }).nullable()
    })

    // How often an investor hears about listings that score well for their profile.
    this.schema.alterTable('investor_profiles', (table) => {
      table
        .enum('recommendation_frequency', [...alertFrequencies], {
          useNative: true,
          enumName: 'alert_frequency',
        })
        .notNullable()
        .defaultTo('weekly')
    })

    this.schema.createTable('saved_searches', (table) => {
      table.increments('id')
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE').index()
      table.string('name', 120).notNullable()
      // The /opportunities query string, validated (without page, per_page and sort).
      table.jsonb('filters').notNullable()
      table.specificType('frequency', 'alert_frequency').notNullable().defaultTo('instant')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
    // The alert job only reads searches that want e-mail.
    this.schema.raw(
      `CREATE INDEX saved_searches_alerting ON saved_searches (user_id) WHERE frequency <> 'none'`
    )

    this.schema.createTable('opportunity_alerts', (table) => {
      table.increments('id')
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE')
      table
        .integer('opportunity_id')
        .notNullable()
        .references('opportunities.id')
        .onDelete('CASCADE')
        .index()
      // Why: a saved search (the first that matched), a high score, or a staff invitation.
      table
        .integer('saved_search_id')
        .nullable()
        .references('saved_searches.id')
        .onDelete('SET NULL')
      table.integer('score').notNullable().defaultTo(0)
      table.integer('invited_by_id').nullable().references('users.id').onDelete('SET NULL')
      table.specificType('frequency', 'alert_frequency').notNullable()
      table
        .enum('state', [...alertStates], { useNative: true, enumName: 'alert_state' })
        .notNullable()
        .defaultTo('pending')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('sent_at', { useTz: true }).nullable()
      // Never the same listing twice to the same person, whatever found it.
      table.unique(['user_id', 'opportunity_id'])
    })
    this.schema.raw(
      `CREATE INDEX opportunity_alerts_digest ON opportunity_alerts (user_id) WHERE state = 'pending'`
    )
  }

  async down() {
    this.schema.dropTable('opportunity_alerts')
    this.schema.dropTable('saved_searches')
    this.schema.alterTable('investor_profiles', (table) => {
      table.dropColumn('recommendation_frequency')
    })
    this.schema.alterTable('users', (table) => {
      table.dropColumns('marketing_opt_in', 'marketing_opt_in_at')
    })
    this.schema.raw('DROP TYPE IF EXISTS alert_frequency, alert_state')
  }
}
