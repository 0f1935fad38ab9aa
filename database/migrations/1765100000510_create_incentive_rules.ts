import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * State investment incentives kept as data: each municipality's development group (from
 * the official list of development of local self-government units) and the rules that
 * apply per group and sector, each with its legal source, date and whether it was checked.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('municipalities', (table) => {
      table.string('development_group', 12).nullable()
      // false until someone checks the group against the official gazette.
      table.boolean('development_group_verified').notNullable().defaultTo(false)
    })
    this.schema
      .raw(`ALTER TABLE municipalities ADD CONSTRAINT municipalities_development_group_check
      CHECK (development_group IN ('I', 'II', 'III', 'IV', 'devastated'))`)

    this.schema.createTable('incentive_rules', (table) => {
      table.increments('id')
      table.string('key', 80).notNullable().unique()
      table.string('kind', 20).notNullable()
      // NULL = every group / every sector.
      table.string('development_group', 12).nullable()
      table.integer('sector_id').nullable().references('sectors.id').onDelete('CASCADE')
      table.integer('min_investment_eur').notNullable().defaultTo(0)
      table.integer('min_jobs').notNullable().defaultTo(0)
      // per_job: share of two years' gross salaries of each new job, capped per job.
      table.integer('cash_per_job_eur').nullable()
      // fixed_assets: share of eligible investment costs; tax_relief: share of profit tax relieved.
      table.decimal('share_pct', 5, 2).nullable()
      table.integer('relief_years').nullable()
      table.string('legal_source', 300).notNullable()
      table.date('source_date').notNullable()
      table.boolean('verified').notNullable().defaultTo(false)
      table.text('note').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
    this.schema.raw(`ALTER TABLE incentive_rules ADD CONSTRAINT incentive_rules_kind_check
      CHECK (kind IN ('per_job', 'fixed_assets', 'tax_relief'))`)
    this.schema.raw(`ALTER TABLE incentive_rules ADD CONSTRAINT incentive_rules_group_check
      CHECK (development_group IN ('I', 'II', 'III', 'IV', 'devastated'))`)
    this.schema.raw(`ALTER TABLE incentive_rules ADD CONSTRAINT incentive_rules_values_check
      CHECK (min_investment_eur >= 0 AND min_jobs >= 0 AND coalesce(cash_per_job_eur, 0) >= 0
             AND coalesce(share_pct, 0) BETWEEN 0 AND 100 AND coalesce(relief_years, 0) BETWEEN 0 AND 30)`)
  }

  async down() {
    this.schema.dropTable('incentive_rules')
    this.schema.raw(
      'ALTER TABLE municipalities DROP CONSTRAINT IF EXISTS municipalities_development_group_check'
    )
    this.schema.alterTable('municipalities', (table) => {
      table.dropColumn('development_group_verified')
      table.dropColumn('development_group')
    })
  }
}
