import { MunicipalitySchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Country from '#models/country'

export default class Municipality extends MunicipalitySchema {
  @belongsTo(() => Country)
  declare country: BelongsTo<typeof Country>
}
