import { InvestorProfileSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import Country from '#models/country'

export default class InvestorProfile extends InvestorProfileSchema {
  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  @belongsTo(() => Country, { foreignKey: 'residenceCountryId' })
  declare residenceCountry: BelongsTo<typeof Country>
}
