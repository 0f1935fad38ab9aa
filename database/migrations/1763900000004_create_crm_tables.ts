import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The CRM: pipelines with ordered stages, deals (one per interest), their exact
 * stage history, timeline and tasks, plus the transactional outbox that hands
 * work to BullMQ without ever losing it.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('pipelines', (table) => {
      table.increments('id')
      table.string('name', 120).notNullable()
      table.string('slug', 120).notNullable().unique()
      table.integer('position').notNullable().defaultTo(0)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })

    this.schema.createTable('pipeline_stages', (table) => {
      table.increments('id')
      table
        .integer('pipeline_id')
        .notNullable()
        .references('pipelines.id')
        .onDelete('CASCADE')
        .index()
      // Seeded stages carry a key, so their name is translated; a renamed stage shows `name`.
      table.string('key', 40).nullable()
      table.string('name', 80).notNullable()
      // Set once an admin renames a seeded stage: from then on `name` is shown as typed.
      table.boolean('custom_name').notNullable().defaultTo(false)
      table
        .enum('kind', ['open', 'won', 'lost'], { useNative: true, enumName: 'stage_kind' })
        .notNullable()
        .defaultTo('open')
      table.integer('win_probability').notNullable().defaultTo(0)
      table.integer('stale_after_days').nullable()
      table.integer('position').notNullable().defaultTo(0)
    })
    this.schema.raw(
      `ALTER TABLE pipeline_stages ADD CONSTRAINT pipeline_stages_probability
       CHECK (win_probability BETWEEN 0 AND 100)`
    )

    this.schema.createTable('lost_reasons', (table) => {
      table.increments('id')
      table.string('key', 60).nullable().unique()
      table.string('name', 120).notNullable()
      table.boolean('active').notNullable().defaultTo(true)
      table.integer('position').notNullable().defaultTo(0)
    })

    this.schema.createTable('deals', (table) => {
      table.increments('id')
      table.integer('pipeline_id').notNullable().references('pipelines.id')
      table.integer('stage_id').notNullable().references('pipeline_stages.id')
      table.integer('investor_id').notNullable().references('users.id').onDelete('CASCADE')
      table.integer('opportunity_id').nullable().references('opportunities.id').onDelete('SET NULL')
      // One deal per interest: the hand-off job can run twice, the deal exists once.
      table
        .integer('interest_id')
        .nullable()
        .unique()
        .references('interests.id')
        .onDelete('SET NULL')
      table.integer('owner_id').nullable().references('users.id').onDelete('SET NULL')
      table.string('title', 200).notNullable()
      table.integer('value_eur').notNullable().defaultTo(0)
      // Optimistic locking: a move names the version it saw.
      table.integer('lock_version').notNullable().defaultTo(0)
      table.timestamp('stage_entered_at', { useTz: true }).notNullable()
      table.timestamp('stale_since', { useTz: true }).nullable()
      table.integer('lost_reason_id').nullable().references('lost_reasons.id')
      table.string('lost_note', 500).nullable()
      table.timestamp('closed_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
    this.schema.raw(
      'CREATE INDEX deals_open_by_stage ON deals (pipeline_id, stage_id) WHERE closed_at IS NULL'
    )
    this.schema.raw('CREATE INDEX deals_by_owner ON deals (owner_id) WHERE closed_at IS NULL')
    this.schema.raw('CREATE INDEX deals_by_investor ON deals (investor_id)')

    this.schema.createTable('deal_stage_history', (table) => {
      table.increments('id')
      table.integer('deal_id').notNullable().references('deals.id').onDelete('CASCADE').index()
      table.integer('stage_id').notNullable().references('pipeline_stages.id')
      table.integer('actor_id').nullable().references('users.id').onDelete('SET NULL')
      table.timestamp('entered_at', { useTz: true }).notNullable()
      table.timestamp('exited_at', { useTz: true }).nullable()
    })

    this.schema.createTable('deal_activities', (table) => {
      table.increments('id')
      table.integer('deal_id').notNullable().references('deals.id').onDelete('CASCADE')
      table
        .enum(
          'kind',
          [
            'note',
            'call',
            'meeting',
            'email',
            'stage_change',
            'interest',
            'assignment',
            'task',
            'introduction',
          ],
          { useNative: true, enumName: 'deal_activity_kind' }
        )
        .notNullable()
      table.text('body').nullable()
      table.jsonb('meta').nullable()
      table.integer('actor_id').nullable().references('users.id').onDelete('SET NULL')
      // Set by jobs, so a retried job cannot write the same line twice.
      table.string('dedupe_key', 200).nullable().unique()
      table.timestamp('occurred_at', { useTz: true }).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
    })
    this.schema.raw(
      'CREATE INDEX deal_activities_timeline ON deal_activities (deal_id, occurred_at DESC)'
    )

    this.schema.createTable('deal_tasks', (table) => {
      table.increments('id')
      table.integer('deal_id').notNullable().references('deals.id').onDelete('CASCADE').index()
      table.integer('assignee_id').nullable().references('users.id').onDelete('SET NULL')
      table.integer('created_by_id').nullable().references('users.id').onDelete('SET NULL')
      table.string('title', 200).notNullable()
      table.timestamp('due_at', { useTz: true }).notNullable()
      table.timestamp('done_at', { useTz: true }).nullable()
      table.string('dedupe_key', 200).nullable().unique()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })

    // An introduction asks the partner's contact to meet the investor; contact details
    // are shared only once the partner accepts.
    this.schema.createTable('introductions', (table) => {
      table.increments('id')
      table.integer('deal_id').notNullable().references('deals.id').onDelete('CASCADE').index()
      table
        .integer('organisation_id')
        .notNullable()
        .references('organisations.id')
        .onDelete('CASCADE')
      table.string('contact_name', 120).notNullable()
      table.string('contact_email', 254).notNullable()
      table
        .enum('status', ['requested', 'accepted', 'declined'], {
          useNative: true,
          enumName: 'introduction_status',
        })
        .notNullable()
        .defaultTo('requested')
      table.integer('requested_by_id').nullable().references('users.id').onDelete('SET NULL')
      table.timestamp('requested_at', { useTz: true }).notNullable()
      table.timestamp('due_at', { useTz: true }).notNullable()
      table.timestamp('responded_at', { useTz: true }).nullable()
      table.string('decline_reason', 500).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
    this.schema.raw(
      `CREATE UNIQUE INDEX introductions_one_open_per_deal ON introductions (deal_id) WHERE status = 'requested'`
    )
    this.schema.raw(
      'CREATE INDEX introductions_by_organisation ON introductions (organisation_id, responded_at)'
    )

    // How many business days a partner has to answer an introduction.
    this.schema.alterTable('organisations', (table) => {
      table.integer('response_days').notNullable().defaultTo(5)
    })

    // E-mails sent by jobs carry a key (exactly once) and, for the CRM, their deal.
    this.schema.alterTable('sent_emails', (table) => {
      table.string('dedupe_key', 200).nullable().unique()
      table.integer('deal_id').nullable().references('deals.id').onDelete('SET NULL').index()
    })

    this.schema.createTable('outbox_messages', (table) => {
      table.bigIncrements('id')
      table.string('job_name', 100).notNullable()
      table.jsonb('payload').notNullable()
      // Also the BullMQ job id: the same message can never become two jobs.
      table.string('dedupe_key', 200).notNullable().unique()
      table.timestamp('available_at', { useTz: true }).notNullable()
      table.timestamp('dispatched_at', { useTz: true }).nullable()
      table.integer('attempts').notNullable().defaultTo(0)
      table.text('last_error').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
    })
    this.schema.raw(
      'CREATE INDEX outbox_messages_pending ON outbox_messages (id) WHERE dispatched_at IS NULL'
    )
  }

  async down() {
    this.schema.alterTable('sent_emails', (table) => {
      table.dropColumn('deal_id')
      table.dropColumn('dedupe_key')
    })
    this.schema.alterTable('organisations', (table) => table.dropColumn('response_days'))
    this.schema.dropTable('introductions')
    this.schema.raw('DROP TYPE IF EXISTS introduction_status')
    this.schema.dropTable('outbox_messages')
    this.schema.dropTable('deal_tasks')
    this.schema.dropTable('deal_activities')
    this.schema.dropTable('deal_stage_history')
    this.schema.dropTable('deals')
    this.schema.dropTable('lost_reasons')
    this.schema.dropTable('pipeline_stages')
    this.schema.dropTable('pipelines')
    this.schema.raw('DROP TYPE IF EXISTS stage_kind, deal_activity_kind')
  }
}
