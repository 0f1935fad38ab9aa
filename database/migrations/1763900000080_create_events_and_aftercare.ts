import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Diaspora events (conferences, roadshows) with their attendees, the event a deal came
 * from, and what a won deal achieved (amount invested, jobs, a returnee) plus its
 * aftercare check-ins.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('events', (table) => {
      table.increments('id')
      table.string('name', 160).notNullable()
      // The public sign-up page is /events/:slug.
      table.string('slug', 180).notNullable().unique()
      table.string('city', 120).notNullable()
      table.integer('country_id').notNullable().references('countries.id')
      table.date('starts_on').notNullable()
      table.text('description').nullable()
      table.boolean('signup_open').notNullable().defaultTo(true)
      table.integer('created_by_id').nullable().references('users.id').onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
    this.schema.raw('CREATE INDEX events_by_date ON events (starts_on DESC)')

    // An attendee is a CRM contact at one event; the same person twice is one row.
    this.schema.createTable('event_attendees', (table) => {
      table.increments('id')
      table.integer('event_id').notNullable().references('events.id').onDelete('CASCADE')
      table.integer('contact_id').notNullable().references('contacts.id').onDelete('CASCADE')
      table.string('country_of_residence', 120).nullable()
      table.string('place_of_birth', 120).nullable()
      table.string('source', 12).notNullable()
      // Set when the follow-up e-mails stopped (reply or interest), with the reason.
      table.timestamp('follow_up_stopped_at', { useTz: true }).nullable()
      table.string('follow_up_stop_reason', 20).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.unique(['event_id', 'contact_id'], { indexName: 'event_attendees_once_per_event' })
    })
    this.schema.raw(`ALTER TABLE event_attendees ADD CONSTRAINT event_attendees_source_check
      CHECK (source IN ('import', 'signup', 'staff'))`)
    // Attribution looks up a contact's attendances.
    this.schema.raw('CREATE INDEX event_attendees_by_contact ON event_attendees (contact_id)')

    this.schema.alterTable('deals', (table) => {
      table.integer('source_event_id').nullable().references('events.id').onDelete('SET NULL')
      // Impact of a won deal, entered by staff.
      table.integer('invested_eur').nullable()
      table.integer('jobs_created').nullable()
      table.boolean('investor_returned').nullable()
      table.timestamp('impact_recorded_at', { useTz: true }).nullable()
    })
    this.schema.raw(
      'CREATE INDEX deals_by_source_event ON deals (source_event_id) WHERE source_event_id IS NOT NULL'
    )
    this.schema.raw(`ALTER TABLE deals ADD CONSTRAINT deals_impact_not_negative
      CHECK (coalesce(invested_eur, 0) >= 0 AND coalesce(jobs_created, 0) >= 0)`)

    // Aftercare check-ins logged by staff, and the reminders' timeline lines.
    this.schema.raw("ALTER TYPE deal_activity_kind ADD VALUE IF NOT EXISTS 'aftercare'")

    // The public figures count what won deals achieved, too.
    this.schema.alterTable('figure_summaries', (table) => {
      table.bigInteger('invested_eur').notNullable().defaultTo(0)
      table.integer('jobs_created').notNullable().defaultTo(0)
      table.integer('returnees').notNullable().defaultTo(0)
    })
  }

  async down() {
    this.schema.alterTable('figure_summaries', (table) => {
      table.dropColumn('invested_eur')
      table.dropColumn('jobs_created')
      table.dropColumn('returnees')
    })
    this.schema.raw('ALTER TABLE deals DROP CONSTRAINT IF EXISTS deals_impact_not_negative')
    this.schema.raw('DROP INDEX IF EXISTS deals_by_source_event')
    this.schema.alterTable('deals', (table) => {
      table.dropColumn('source_event_id')
      table.dropColumn('invested_eur')
      table.dropColumn('jobs_created')
      table.dropColumn('investor_returned')
      table.dropColumn('impact_recorded_at')
    })
    this.schema.dropTable('event_attendees')
    this.schema.dropTable('events')
  }
}
