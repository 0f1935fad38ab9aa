import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A spreadsheet import (listings or contacts): the uploaded file, the column mapping,
 * then a checked preview and an all-or-nothing commit, both run by the import job,
 * which reports its progress here for the page to poll.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('imports', (table) => {
      table.increments('id')
      table.string('kind', 12).notNullable()
      table.integer('user_id').nullable().references('users.id').onDelete('SET NULL')
      // Listings are imported into one organisation; contacts belong to the CRM.
      table.integer('organisation_id').nullable().references('organisations.id').onDelete('CASCADE')
      table.string('file_name', 200).notNullable()
      table.string('file_path', 300).notNullable()
      table.jsonb('headers').notNullable().defaultTo('[]')
      table.jsonb('mapping').nullable()
      table.string('status', 20).notNullable().defaultTo('uploaded')
      table.integer('total_rows').notNullable().defaultTo(0)
      table.integer('processed_rows').notNullable().defaultTo(0)
      table.integer('error_count').notNullable().defaultTo(0)
      table.jsonb('errors').notNullable().defaultTo('[]')
      table.integer('created_count').notNullable().defaultTo(0)
      table.integer('duration_ms').nullable()
      table.timestamp('committed_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
    this.schema.raw(`ALTER TABLE imports ADD CONSTRAINT imports_kind_check
      CHECK (kind IN ('listings', 'contacts'))`)
    this.schema.raw(`ALTER TABLE imports ADD CONSTRAINT imports_status_check
      CHECK (status IN ('uploaded', 'checking', 'checked', 'invalid', 'committing', 'committed', 'failed'))`)
    this.schema.raw('CREATE INDEX imports_by_user ON imports (user_id, created_at DESC)')
  }

  async down() {
    this.schema.dropTable('imports')
  }
}
