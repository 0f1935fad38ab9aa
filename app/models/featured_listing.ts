import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { FeaturedListingSchema } from '#database/schema'
import Opportunity from '#models/opportunity'
import Organisation from '#models/organisation'
import User from '#models/user'

/** One period of featuring for a listing, bought through Checkout or granted by staff. */
export default class FeaturedListing extends FeaturedListingSchema {
  @belongsTo(() => Opportunity)
  declare opportunity: BelongsTo<typeof Opportunity>

  @belongsTo(() => Organisation)
  declare organisation: BelongsTo<typeof Organisation>

  @belongsTo(() => User, { foreignKey: 'createdById' })
  declare createdBy: BelongsTo<typeof User>
}
