import { OpportunityAlertSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import Opportunity from '#models/opportunity'
import SavedSearch from '#models/saved_search'

/** One listing told to one person (by a saved search, a high score or a staff invitation). */
export default class OpportunityAlert extends OpportunityAlertSchema {
  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  @belongsTo(() => Opportunity)
  declare opportunity: BelongsTo<typeof Opportunity>

  @belongsTo(() => SavedSearch)
  declare savedSearch: BelongsTo<typeof SavedSearch>

  @belongsTo(() => User, { foreignKey: 'invitedById' })
  declare invitedBy: BelongsTo<typeof User>

  /** Marketing consent withdrawn: the alerts not sent yet never will be. */
  static async withholdPending(client: QueryClientContract, userId: number) {
    await this.query({ client }).where({ userId, state: 'pending' }).update({ state: 'withheld' })
  }
}
