import { BaseSeeder } from '@adonisjs/lucid/seeders'
import Country from '#models/country'
import Municipality from '#models/municipality'
import Sector from '#models/sector'
import { countries } from '#database/data/countries'
import { municipalities } from '#database/data/municipalities'
import { sectors } from '#database/data/sectors'

/** Countries, municipalities and sectors. Idempotent: safe to run on every deploy and in tests. */
export default class ReferenceDataSeeder extends BaseSeeder {
  async run() {
    await Country.updateOrCreateMany('code', countries, { client: this.client })
    const countryIds = new Map(
      (await Country.query({ client: this.client })).map((country) => [country.code, country.id])
    )

    await Municipality.updateOrCreateMany(
      'slug',
      municipalities.map(({ countryCode, ...row }) => ({
        ...row,
        countryId: countryIds.get(countryCode)!,
      })),
      { client: this.client }
    )
    await Sector.updateOrCreateMany(
      'slug',
      sectors.map((row, position) => ({ ...row, position })),
      { client: this.client }
    )
  }
}
