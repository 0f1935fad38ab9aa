import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The audit log: one row per change made by staff, admins, partners (or the system),
 * written in the same transaction as the change. Append-only: nothing updates or
 * deletes a row, and a deleted user's entries keep their role.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('audit_entries', (table) => {
      table.increments('id')
      table.integer('actor_id').nullable().references('users.id').onDelete('SET NULL')
      // Kept on the row: the actor's role may change later, the entry must not.
      table.string('actor_role', 20).nullable()
      table.string('action', 60).notNullable()
      table.string('subject_type', 40).notNullable()
      table.integer('subject_id').nullable()
      table.jsonb('before').nullable()
      table.jsonb('after').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.index(['created_at'], 'audit_entries_by_time')
      table.index(['actor_id', 'created_at'], 'audit_entries_by_actor')
      table.index(['action', 'created_at'], 'audit_entries_by_action')
      table.index(['subject_type', 'subject_id'], 'audit_entries_by_subject')
    })
  }

  async down() {
    this.schema.dropTable('audit_entries')
  }
}
