import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Stories of people who returned or invested, written by staff in English and Serbian.
 * A story names a real person, so it is published only once their consent is recorded
 * (who recorded it, when, and how it was given).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('success_stories', (table) => {
      table.increments('id')
      table.string('slug', 180).notNullable().unique()
      table.string('person_name', 160).notNullable()
      table.string('title_en', 200).notNullable()
      table.string('title_sr', 200).notNullable()
      table.text('body_en').notNullable()
      table.text('body_sr').notNullable()
      table.string('photo_path', 255).nullable()
      table
        .integer('municipality_id')
        .nullable()
        .references('municipalities.id')
        .onDelete('SET NULL')
      table.integer('opportunity_id').nullable().references('opportunities.id').onDelete('SET NULL')
      table.integer('deal_id').nullable().references('deals.id').onDelete('SET NULL')
      table.string('status', 16).notNullable().defaultTo('draft')
      table.timestamp('consent_recorded_at', { useTz: true }).nullable()
      table.integer('consent_recorded_by_id').nullable().references('users.id').onDelete('SET NULL')
      table.string('consent_note', 500).nullable()
      table.timestamp('published_at', { useTz: true }).nullable()
      table.integer('created_by_id').nullable().references('users.id').onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['status', 'published_at'], 'success_stories_published_idx')
      table.index(['municipality_id'], 'success_stories_municipality_idx')
    })
    // The database keeps the consent rule even if a code path forgets it.
    this.schema.raw(`ALTER TABLE success_stories ADD CONSTRAINT success_stories_status_check
      CHECK (status IN ('draft', 'published'))`)
    this.schema.raw(`ALTER TABLE success_stories ADD CONSTRAINT success_stories_consent_check
      CHECK (status <> 'published' OR consent_recorded_at IS NOT NULL)`)
  }

  async down() {
    this.schema.dropTable('success_stories')
  }
}
