import IncentiveRule from '#models/incentive_rule'
import Sector from '#models/sector'
import db from '@adonisjs/lucid/services/db'

/** The staff page: every rule by kind and group, the sectors to choose from, groups in use. */
export default class ListIncentiveRules {
  async handle() {
    const rules = await IncentiveRule.query()
      .preload('sector')
      .orderBy('kind')
      .orderByRaw(
        "array_position(ARRAY['I','II','III','IV','devastated']::text[], development_group) NULLS FIRST"
      )
      .orderBy('key')
    const sectors = await Sector.query().orderBy('position')
    const groups = await db
      .from('municipalities')
      .whereNotNull('development_group')
      .groupBy('development_group')
      .select('development_group')
      .count('* as municipalities')
    return {
      rules,
      sectors,
      municipalitiesPerGroup: Object.fromEntries(
        groups.map((row) => [row.development_group, Number(row.municipalities)])
      ) as Record<string, number>,
    }
  }
}
