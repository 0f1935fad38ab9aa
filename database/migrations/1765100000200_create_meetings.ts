import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Meetings across time zones: each person's own time zone (IANA name) on their account,
 * and meetings on deals with their candidate times and invitees. Every time is stored
 * as an instant (timestamptz); each reader sees it in their own zone.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('users', (table) => {
      table.string('time_zone', 64).notNullable().defaultTo('Europe/Belgrade')
    })

    this.schema.createTable('meetings', (table) => {
      table.increments('id')
      table.integer('deal_id').notNullable().references('deals.id').onDelete('CASCADE')
      table.integer('proposed_by_id').nullable().references('users.id').onDelete('SET NULL')
      table.string('title', 200).notNullable()
      table
        .enum('location_kind', ['video', 'place'], {
          useNative: true,
          enumName: 'meeting_location_kind',
        })
        .notNullable()
      table.string('location', 500).notNullable()
      table.integer('duration_minutes').notNullable()
      table
        .enum('status', ['proposed', 'confirmed', 'cancelled'], {
          useNative: true,
          enumName: 'meeting_status',
        })
        .notNullable()
        .defaultTo('proposed')
      table.timestamp('starts_at', { useTz: true }).nullable()
      // iCalendar SEQUENCE: raised by every update and the cancellation.
      table.integer('sequence').notNullable().defaultTo(0)
      table.timestamp('confirmed_at', { useTz: true }).nullable()
      table.timestamp('cancelled_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
    this.schema.raw(
      `ALTER TABLE meetings ADD CONSTRAINT meetings_confirmed_has_time
         CHECK (status <> 'confirmed' OR starts_at IS NOT NULL)`
    )
    this.schema.raw(
      `ALTER TABLE meetings ADD CONSTRAINT meetings_duration_range
         CHECK (duration_minutes BETWEEN 15 AND 480)`
    )
    // The deal page and the cards' "next activity": a deal's meetings still to happen.
    this.schema.raw(
      `CREATE INDEX meetings_next_by_deal ON meetings (deal_id, starts_at)
         WHERE status <> 'cancelled'`
    )

    this.schema.createTable('meeting_slots', (table) => {
      table.increments('id')
      table.integer('meeting_id').notNullable().references('meetings.id').onDelete('CASCADE')
      table.timestamp('starts_at', { useTz: true }).notNullable()
      table.unique(['meeting_id', 'starts_at'])
    })

    this.schema.createTable('meeting_participants', (table) => {
      table.increments('id')
      table.integer('meeting_id').notNullable().references('meetings.id').onDelete('CASCADE')
      table
        .enum('role', ['investor', 'partner'], {
          useNative: true,
          enumName: 'meeting_participant_role',
        })
        .notNullable()
      table.integer('user_id').nullable().references('users.id').onDelete('SET NULL')
      table.string('full_name', 200).notNullable()
      table.string('email', 254).notNullable()
      table.string('locale', 10).notNullable()
      // The zone when invited; a linked account's own zone wins when shown.
      table.string('time_zone', 64).notNullable()
      table.integer('chosen_slot_id').nullable().references('meeting_slots.id').onDelete('SET NULL')
      table.timestamp('responded_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.unique(['meeting_id', 'role'])
    })

    // The cards' "next activity": a deal's earliest open task.
    this.schema.raw(
      'CREATE INDEX deal_tasks_next_by_deal ON deal_tasks (deal_id, due_at) WHERE done_at IS NULL'
    )
  }

  async down() {
    this.schema.raw('DROP INDEX IF EXISTS deal_tasks_next_by_deal')
    this.schema.dropTable('meeting_participants')
    this.schema.dropTable('meeting_slots')
    this.schema.dropTable('meetings')
    this.schema.raw('DROP TYPE IF EXISTS meeting_participant_role')
    this.schema.raw('DROP TYPE IF EXISTS meeting_status')
    this.schema.raw('DROP TYPE IF EXISTS meeting_location_kind')
    this.schema.alterTable('users', (table) => table.dropColumn('time_zone'))
  }
}
