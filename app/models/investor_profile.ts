import { InvestorProfileSchema } from '#database/schema'
import { belongsTo, manyToMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, ManyToMany } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import Country from '#models/country'
import Sector from '#models/sector'
import Municipality from '#models/municipality'

export default class InvestorProfile extends InvestorProfileSchema {
  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  @belongsTo(() => Country, { foreignKey: 'residenceCountryId' })
  declare residenceCountry: BelongsTo<typeof Country>

  @manyToMany(() => Sector, { pivotTable: 'investor_preferred_sectors' })
  declare preferredSectors: ManyToMany<typeof Sector>

  @manyToMany(() => Municipality, { pivotTable: 'investor_preferred_municipalities' })
  declare preferredMunicipalities: ManyToMany<typeof Municipality>
}
