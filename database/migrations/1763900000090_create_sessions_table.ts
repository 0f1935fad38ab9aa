import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Sessions in PostgreSQL (SESSION_DRIVER=database), the schema @adonisjs/session's
 * database store reads and writes: the signed payload under the session id (primary key:
 * every request is one index lookup), the user id for its session tagging, and the expiry
 * its garbage collection deletes by (hence the index).
 */
export default class extends BaseSchema {
  protected tableName = 'sessions'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.string('id').primary()
      table.text('data').notNullable()
      table.string('user_id').nullable().index()
      table.timestamp('expires_at').notNullable().index()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
