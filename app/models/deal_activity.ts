import { DealActivitySchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import Deal from '#models/deal'

/** One line of a deal's timeline. Internal: only staff ever see it. */
export default class DealActivity extends DealActivitySchema {
  @belongsTo(() => User, { foreignKey: 'actorId' })
  declare actor: BelongsTo<typeof User>

  @belongsTo(() => Deal)
  declare deal: BelongsTo<typeof Deal>
}
