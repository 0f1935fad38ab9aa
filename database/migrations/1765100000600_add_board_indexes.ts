import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Indexes the kanban reads instead of sorting every deal of a pipeline: each column's first
 * cards in board order (open deals, and deals closed in the last 30 days for Won/Lost),
 * its count and total from the index alone, and the staff list out of thousands of users.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(
      'CREATE INDEX deals_board_open ON deals (stage_id, stage_entered_at, id) WHERE closed_at IS NULL'
    )
    this.schema.raw(
      'CREATE INDEX deals_board_closed ON deals (stage_id, closed_at) WHERE closed_at IS NOT NULL'
    )
    this.schema.raw(
      'CREATE INDEX deals_board_totals ON deals (pipeline_id, stage_id) INCLUDE (value_eur) WHERE closed_at IS NULL'
    )
    this.schema.raw(
      "CREATE INDEX users_staff_by_name ON users (full_name) WHERE role IN ('staff', 'admin')"
    )
  }

  async down() {
    this.schema.raw('DROP INDEX IF EXISTS users_staff_by_name')
    this.schema.raw('DROP INDEX IF EXISTS deals_board_totals')
    this.schema.raw('DROP INDEX IF EXISTS deals_board_closed')
    this.schema.raw('DROP INDEX IF EXISTS deals_board_open')
  }
}
