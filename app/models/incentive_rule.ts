import { IncentiveRuleSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Sector from '#models/sector'

/** One state incentive rule (see database/data/incentives.ts); staff edit them. */
export default class IncentiveRule extends IncentiveRuleSchema {
  @belongsTo(() => Sector)
  declare sector: BelongsTo<typeof Sector>

  /** NUMERIC arrives from pg as a string. */
  get share() {
    return this.sharePct === null ? null : Number(this.sharePct)
  }
}
