import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { PaymentSchema } from '#database/schema'
import Organisation from '#models/organisation'
import User from '#models/user'
import FeaturedListing from '#models/featured_listing'

/** One line of the payments ledger: a charge, refund, failed payment or subscription change. */
export default class Payment extends PaymentSchema {
  @belongsTo(() => Organisation)
  declare organisation: BelongsTo<typeof Organisation>

  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  @belongsTo(() => FeaturedListing)
  declare featuredListing: BelongsTo<typeof FeaturedListing>
}
