import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Reference data: countries, Serbian municipalities (with district and coordinates)
 * and sectors. Names are stored in every language we show, so pages never translate
 * proper nouns on the fly. unaccent/pg_trgm serve the transliteration-aware search.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw('CREATE EXTENSION IF NOT EXISTS unaccent')
    this.schema.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm')

    this.schema.createTable('countries', (table) => {
      table.increments('id')
      table.string('code', 2).notNullable().unique()
      table.string('name_en', 80).notNullable()
      table.string('name_sr_latn', 80).notNullable()
      table.string('name_sr_cyrl', 80).notNullable()
      // Serbia and its neighbours where projects are listed; diaspora countries are where investors live.
      table.boolean('is_listing_region').notNullable().defaultTo(false)
      table.boolean('is_diaspora_destination').notNullable().defaultTo(false)
    })

    this.schema.createTable('municipalities', (table) => {
      table.increments('id')
      table
        .integer('country_id')
        .unsigned()
        .notNullable()
        .references('countries.id')
        .onDelete('RESTRICT')
      table.string('slug', 80).notNullable().unique()
      table.string('name_sr_latn', 80).notNullable()
      table.string('name_sr_cyrl', 80).notNullable()
      table.string('name_en', 80).notNullable()
      table.string('district', 80).nullable()
      table.integer('population').nullable()
      table.double('latitude').notNullable()
      table.double('longitude').notNullable()
      table.index(['country_id'], 'municipalities_country_idx')
    })

    this.schema.createTable('sectors', (table) => {
      table.increments('id')
      table.string('slug', 60).notNullable().unique()
      table.string('name_en', 80).notNullable()
      table.string('name_sr_latn', 80).notNullable()
      table.string('name_sr_cyrl', 80).notNullable()
      table.smallint('position').notNullable().defaultTo(0)
    })
  }

  async down() {
    this.schema.dropTable('sectors')
    this.schema.dropTable('municipalities')
    this.schema.dropTable('countries')
  }
}
