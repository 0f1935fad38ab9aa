import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Task-due reminders: a task remembers the due date it was last reminded for, so the
 * hourly job reminds once per task and due date, and a moved due date earns a new one.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('deal_tasks', (table) => {
      table.timestamp('reminded_for_due_at', { useTz: true }).nullable()
    })
    // What the reminder job scans: open tasks by due date.
    this.schema.raw(
      'CREATE INDEX deal_tasks_open_by_due ON deal_tasks (due_at) WHERE done_at IS NULL'
    )
  }

  async down() {
    this.schema.raw('DROP INDEX IF EXISTS deal_tasks_open_by_due')
    this.schema.alterTable('deal_tasks', (table) => table.dropColumn('reminded_for_due_at'))
  }
}
