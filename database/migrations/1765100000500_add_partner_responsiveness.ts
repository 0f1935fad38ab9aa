import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * How well a partner answers (last 90 days), stored per organisation so "recommended"
 * can use it as a tie-breaker without aggregating the CRM for every ranked pair.
 * Written only by RefreshPartnerResponsiveness; NULL = too few requests to judge.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('organisations', (table) => {
      table.smallint('response_answered_pct').nullable()
      table.integer('response_median_hours').nullable()
      table.timestamp('responsiveness_refreshed_at', { useTz: true }).nullable()
    })
  }

  async down() {
    this.schema.alterTable('organisations', (table) => {
      table.dropColumn('responsiveness_refreshed_at')
      table.dropColumn('response_median_hours')
      table.dropColumn('response_answered_pct')
    })
  }
}
