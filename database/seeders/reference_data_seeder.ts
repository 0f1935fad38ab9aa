import { BaseSeeder } from '@adonisjs/lucid/seeders'
import Country from '#models/country'
import Municipality from '#models/municipality'
import Sector from '#models/sector'
import { countries } from '#database/data/countries'
import { municipalities } from '#database/data/municipalities'
import { sectors } from '#database/data/sectors'
import { defaultLostReasons, defaultPipelines } from '#database/data/crm'

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
    await this.seedPipelines()
  }

  /** Default pipelines and lost reasons, only where they do not exist yet (admins edit them). */
  private async seedPipelines() {
    const now = new Date()
    for (const [position, pipeline] of defaultPipelines.entries()) {
      const existing = await this.client.from('pipelines').where('slug', pipeline.slug).first()
      if (existing) continue
      const [{ id }] = await this.client
        .table('pipelines')
        .insert({
          name: pipeline.name,
          slug: pipeline.slug,
          position,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
      await this.client.table('pipeline_stages').multiInsert(
        pipeline.stages.map((stage, index) => ({
          pipeline_id: id,
          key: stage.key,
          name: stage.name,
          kind: stage.kind,
          win_probability: stage.winProbability,
          stale_after_days: stage.staleAfterDays,
          position: index,
        }))
      )
    }
    for (const [position, reason] of defaultLostReasons.entries()) {
      await this.client
        .insertQuery()
        .table('lost_reasons')
        .insert({ ...reason, position })
        .onConflict('key')
        .ignore()
    }
  }
}
