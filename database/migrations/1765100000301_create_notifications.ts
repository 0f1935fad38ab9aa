import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Staff notifications: one row per message to one person, read or not. A key makes
 * each event notify once (a retried job, a note saved twice). Staff choose whether a
 * mention also reaches them by e-mail.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('notifications', (table) => {
      table.increments('id')
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE')
      table.string('kind', 40).notNullable()
      table.integer('deal_id').nullable().references('deals.id').onDelete('CASCADE')
      table.integer('actor_id').nullable().references('users.id').onDelete('SET NULL')
      table.jsonb('data').notNullable().defaultTo('{}')
      table.string('dedupe_key', 200).notNullable().unique()
      table.timestamp('read_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
    })
    this.schema.raw(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind
       CHECK (kind IN ('deal_assigned', 'reply_received', 'task_due', 'mention'))`
    )
    this.schema.raw('CREATE INDEX notifications_by_user ON notifications (user_id, id DESC)')
    this.schema.raw(
      'CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL'
    )

    this.schema.alterTable('users', (table) => {
      table.boolean('email_on_mention').notNullable().defaultTo(false)
    })
  }

  async down() {
    this.schema.alterTable('users', (table) => table.dropColumn('email_on_mention'))
    this.schema.dropTable('notifications')
  }
}
