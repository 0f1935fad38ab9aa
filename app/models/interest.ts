import { InterestSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Opportunity from '#models/opportunity'
import User from '#models/user'

/** An investor's "I am interested" in one opportunity; the CRM turns it into a deal. */
export default class Interest extends InterestSchema {
  @belongsTo(() => Opportunity)
  declare opportunity: BelongsTo<typeof Opportunity>

  @belongsTo(() => User, { foreignKey: 'investorId' })
  declare investor: BelongsTo<typeof User>
}
