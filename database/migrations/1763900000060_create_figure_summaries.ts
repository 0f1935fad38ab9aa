import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The public figures page's only source: monthly sums per dimension (all, country,
 * municipality, sector), recomputed by the `figures:refresh` job. Names are copied in so
 * the page never joins the live tables; subject_id 0 stands for "all" to keep the key unique.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('figure_summaries', (table) => {
      table.increments('id')
      table.string('dimension', 16).notNullable()
      table.integer('subject_id').notNullable().defaultTo(0)
      table.string('subject_slug', 80).nullable()
      table.string('name_en', 120).nullable()
      table.string('name_sr_latn', 120).nullable()
      table.string('name_sr_cyrl', 120).nullable()
      table.date('month').notNullable()
      table.integer('opportunities_published').notNullable().defaultTo(0)
      table.bigInteger('investment_sought_eur').notNullable().defaultTo(0)
      table.integer('interests').notNullable().defaultTo(0)
      table.integer('introductions').notNullable().defaultTo(0)
      table.integer('deals_won').notNullable().defaultTo(0)
      table.bigInteger('won_value_eur').notNullable().defaultTo(0)
      table.timestamp('computed_at', { useTz: true }).notNullable()
      table.unique(['dimension', 'subject_id', 'month'], {
        indexName: 'figure_summaries_subject_month_unique',
      })
    })
    this.schema.raw(`ALTER TABLE figure_summaries ADD CONSTRAINT figure_summaries_dimension_check
      CHECK (dimension IN ('total', 'country', 'municipality', 'sector'))`)
  }

  async down() {
    this.schema.dropTable('figure_summaries')
  }
}
