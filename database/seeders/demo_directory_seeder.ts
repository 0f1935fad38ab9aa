import { DateTime } from 'luxon'
import { BaseSeeder } from '@adonisjs/lucid/seeders'
import Country from '#models/country'
import Municipality from '#models/municipality'
import Organisation from '#models/organisation'
import User from '#models/user'
import { demoDirectory } from '#database/data/demo_directory'

/** Directory entries across the region (approved by staff, no members). Idempotent by slug. */
export default class DemoDirectorySeeder extends BaseSeeder {
  async run() {
    const reviewer = await User.findBy('email', 'milica.staff@most.demo', { client: this.client })
    for (const { country: code, municipality: slug, ...data } of demoDirectory) {
      const country = await Country.findByOrFail('code', code, { client: this.client })
      const municipality = await Municipality.findByOrFail('slug', slug, { client: this.client })
      await Organisation.updateOrCreate(
        { slug: data.slug },
        {
          ...data,
          status: 'approved',
          countryId: country.id,
          municipalityId: municipality.id,
          reviewedById: reviewer?.id ?? null,
          reviewedAt: DateTime.now(),
        },
        { client: this.client }
      )
    }
  }
}
