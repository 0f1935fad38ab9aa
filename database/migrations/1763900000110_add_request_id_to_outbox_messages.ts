import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The request that queued a job travels with it (outbox → job data → worker log), so a
 * failed e-mail can be traced to the click. Nullable, no default: safe while old code runs.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('outbox_messages', (table) => {
      table.string('request_id', 64).nullable()
    })
  }

  async down() {
    this.schema.alterTable('outbox_messages', (table) => {
      table.dropColumn('request_id')
    })
  }
}
