import { BaseSeeder } from '@adonisjs/lucid/seeders'
import { developmentGroups, incentiveRules } from '#database/data/incentives'

/**
 * Development groups of the municipalities and the state incentive rules. Idempotent, and
 * it never overwrites what staff have edited: groups are set only where none is set yet,
 * rules are added only where their key is missing.
 */
export default class IncentiveRulesSeeder extends BaseSeeder {
  async run() {
    for (const [slug, group] of Object.entries(developmentGroups)) {
      await this.client
        .from('municipalities')
        .where('slug', slug)
        .whereNull('development_group')
        .update({ development_group: group })
    }
    const sectors = new Map(
      (await this.client.from('sectors').select('id', 'slug')).map((row) => [row.slug, row.id])
    )
    const existing = new Set(
      (await this.client.from('incentive_rules').select('key')).map((row) => row.key)
    )
    const now = new Date()
    const missing = incentiveRules.filter((rule) => !existing.has(rule.key))
    if (!missing.length) return
    await this.client.table('incentive_rules').multiInsert(
      missing.map(({ sectorSlug, ...rule }) => ({
        key: rule.key,
        kind: rule.kind,
        development_group: rule.developmentGroup,
        sector_id: sectorSlug ? (sectors.get(sectorSlug) ?? null) : null,
        min_investment_eur: rule.minInvestmentEur,
        min_jobs: rule.minJobs,
        cash_per_job_eur: rule.cashPerJobEur,
        share_pct: rule.sharePct,
        relief_years: rule.reliefYears,
        legal_source: rule.legalSource,
        source_date: rule.sourceDate,
        verified: rule.verified,
        note: rule.note,
        created_at: now,
        updated_at: now,
      }))
    )
  }
}
