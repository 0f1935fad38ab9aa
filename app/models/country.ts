import { CountrySchema } from '#database/schema'
import { hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import Municipality from '#models/municipality'

export default class Country extends CountrySchema {
  @hasMany(() => Municipality)
  declare municipalities: HasMany<typeof Municipality>
}
