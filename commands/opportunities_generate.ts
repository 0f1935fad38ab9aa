import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import {
  accessSentences,
  partnerSentences,
  qualifiers,
  sectorObjects,
  sectorWeights,
  siteSentences,
} from '#database/data/synthetic_listings'

/**
 * Fills the database with N synthetic published opportunities for benchmarks
 * (e.g. `node ace opportunities:generate --count 100000`). Rows are built inside
 * PostgreSQL, one INSERT … SELECT per batch, so 100,000 take seconds; their search
 * columns are computed by the same SQL function real listings use.
 *
 * The data is shaped like a real catalogue: titles and descriptions composed from the
 * word lists in database/data/synthetic_listings.ts (tens of thousands of distinct ones,
 * English and Serbian), sectors skewed as in sectorWeights, municipalities in proportion
 * to their population (Belgrade gets the most), a second sector on a third of them, sizes
 * and dates spread out, 0.2 % featured (paid placements stay rare). Random but repeatable (`--seed`).
 */
export default class OpportunitiesGenerate extends BaseCommand {
  static commandName = 'opportunities:generate'
  static description = 'Generate synthetic published opportunities (benchmarks)'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'How many opportunities to create', default: 1000 })
  declare count: number

  @flags.number({ description: 'Rows per batch', default: 20000 })
  declare batch: number

  @flags.number({ description: 'Seed of the random choices (0–1)', default: 0.42 })
  declare seed: number

  async run() {
    const { default: db } = await import('@adonisjs/lucid/services/db')
    if (!Number.isInteger(this.count) || this.count < 1 || this.count > 2_000_000) {
      this.logger.error('--count must be a whole number between 1 and 2,000,000')
      this.exitCode = 1
      return
    }
    const organisations = await db
      .from('organisations')
      .where('status', 'approved')
      .orderBy('id')
      .select('id')
    const sectors = await db.from('sectors').select('id', 'slug')
    const municipalities = await db.from('municipalities').select('id', 'population')
    if (!organisations.length || !sectors.length || !municipalities.length) {
      this.logger.error('No approved organisation or reference data: run `node ace db:seed` first')
      this.exitCode = 1
      return
    }

    // Weighted choices become lookup arrays: an id appears as often as its weight says,
    // so a row picks `array[1 + floor(random() * length)]`.
    const weighted = (items: { id: number; weight: number }[], slots: number) => {
      const total = items.reduce((sum, item) => sum + item.weight, 0)
      return items.flatMap((item) =>
        Array<number>(Math.max(1, Math.round((item.weight / total) * slots))).fill(item.id)
      )
    }
    const known = sectors.filter((sector) => sectorObjects[sector.slug])
    const sectorSlots = weighted(
      known.map((sector, index) => ({ id: index, weight: sectorWeights[sector.slug] ?? 1 })),
      400
    )
    const placeSlots = weighted(
      municipalities.map((row) => ({ id: row.id, weight: row.population ?? 20_000 })),
      2000
    )
    const sectorIds = known.map((sector) => sector.id)
    // Objects flattened sector by sector: sector k's objects are at k * 4 + 1 … k * 4 + 4.
    const objects = known.flatMap((sector) => sectorObjects[sector.slug])
    const list = (pairs: [string, string][], language: 0 | 1) => pairs.map((pair) => pair[language])

    const started = Date.now()
    // One transaction: a failed run leaves nothing behind (and no index dropped below).
    await db.transaction(async (trx) => {
      await trx.rawQuery('SELECT setseed(?)', [this.seed])
      // Many rows: the secondary indexes go first and are rebuilt at the end from their own
      // definitions (pg_indexes): one sorted build each instead of a million inserts into
      // GIN and trigram indexes — 1,000,000 listings in minutes instead of half an hour.
      const rebuilt: { indexname: string; indexdef: string }[] =
        this.count >= 50_000
          ? (
              await trx.rawQuery(
                `SELECT i.indexname, i.indexdef FROM pg_indexes i
                 WHERE i.schemaname = current_schema()
                   AND i.tablename IN ('opportunities', 'opportunity_sectors')
                   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`
              )
            ).rows
          : []
      for (const index of rebuilt) await trx.rawQuery(`DROP INDEX "${index.indexname}"`)
      // Numbers go on from the largest id, so a later run adds listings with new slugs.
      const { rows: last } = await trx.rawQuery(
        'SELECT coalesce(max(id), 0) AS id FROM opportunities'
      )
      const first = Number(last[0].id) + 1
      for (let done = 0; done < this.count; done += this.batch) {
        const size = Math.min(this.batch, this.count - done)
        // One statement: the random picks, the listings and their sectors (the listing's
        // own sector, and for a third of them a second one); the search columns after it,
        // as a CTE's sibling statements cannot see the rows it inserts.
        const rows = await trx.rawQuery(
          `WITH picks AS MATERIALIZED (
             SELECT n,
               (?::int[])[1 + floor(random() * ?)::int] AS sector_index,
               (?::int[])[1 + floor(random() * ?)::int] AS second_index,
               (?::int[])[1 + floor(random() * ?)::int] AS municipality_id,
               (?::int[])[1 + floor(random() * ?)::int] AS organisation_id,
               floor(random() * 4)::int AS object, floor(random() * 12)::int AS qualifier,
               floor(random() * 6)::int AS site, floor(random() * 7)::int AS access,
               floor(random() * 8)::int AS partner,
               -- tickets spread over three orders of magnitude, most of them small
               (50000 + floor(power(random(), 3) * 400) * 25000)::int AS ticket,
               random() AS r1, random() AS r2, random() AS r3
             FROM generate_series(?::int, ?::int) AS n
           ), texts AS MATERIALIZED (
             SELECT picks.*, m.name_en AS place_en, m.name_sr_latn AS place_sr,
               'synthetic-' || n || '-' || substr(md5(n::text || r1::text), 1, 6) AS slug,
               (?::text[])[1 + sector_index * 4 + object] AS object_en,
               (?::text[])[1 + sector_index * 4 + object] AS object_sr
             FROM picks JOIN municipalities m ON m.id = picks.municipality_id
           ), inserted AS (
             INSERT INTO opportunities (organisation_id, municipality_id, slug, title_en, title_sr,
               summary_en, summary_sr, description_en, description_sr, type, stage, status,
               min_ticket_eur, total_size_eur, jobs_expected, area_sqm, contact_name, contact_email,
               published_at, confirmed_at, featured_until, interests_count, created_at, updated_at)
             SELECT organisation_id, municipality_id, slug,
               left((?::text[])[1 + qualifier] || ' ' || object_en || ' in ' || place_en, 160),
               left((?::text[])[1 + qualifier] || ' ' || object_sr || ', ' || place_sr, 160),
               upper(left(object_en, 1)) || substr(object_en, 2) || ' in ' || place_en || ': '
                 || (500 + floor(r2 * 200) * 50)::text || ' m², ' || (5 + floor(r3 * 300))::text || ' jobs.',
               upper(left(object_sr, 1)) || substr(object_sr, 2) || ', ' || place_sr || ': '
                 || (500 + floor(r2 * 200) * 50)::text || ' m², ' || (5 + floor(r3 * 300))::text || ' radnih mesta.',
               replace((?::text[])[1 + site], '{m}', place_en) || ' ' || (?::text[])[1 + access] || ' '
                 || (?::text[])[1 + partner],
               replace((?::text[])[1 + site], '{m}', place_sr) || ' ' || (?::text[])[1 + access] || ' '
                 || (?::text[])[1 + partner],
               (enum_range(NULL::opportunity_type))[1 + floor(r1 * 8)::int],
               (enum_range(NULL::opportunity_stage))[1 + floor(r2 * 5)::int],
               'published', ticket, ticket * (2 + floor(r3 * 20)::int), 5 + floor(r3 * 300)::int,
               CASE WHEN r2 < 0.6 THEN 500 + floor(r2 * 200)::int * 50 END,
               'Benchmark Contact', 'bench@most.test',
               now() - r1 * interval '3 years', now() - r3 * interval '90 days',
               CASE WHEN r1 < 0.002 THEN now() + interval '30 days' END,
               floor(power(r3, 4) * 60)::int, now(), now()
             FROM texts
             RETURNING id, slug
           ), linked AS (
             INSERT INTO opportunity_sectors (opportunity_id, sector_id)
             SELECT inserted.id, (?::int[])[1 + texts.sector_index] FROM inserted JOIN texts USING (slug)
             UNION
             SELECT inserted.id, (?::int[])[1 + texts.second_index] FROM inserted JOIN texts USING (slug)
             WHERE texts.r3 < 0.33
           )
           SELECT id FROM inserted`,
          [
            sectorSlots,
            sectorSlots.length,
            sectorSlots,
            sectorSlots.length,
            placeSlots,
            placeSlots.length,
            organisations.map((row) => row.id),
            organisations.length,
            first + done,
            first + done + size - 1,
            list(objects, 0),
            list(objects, 1),
            list(qualifiers, 0),
            list(qualifiers, 1),
            list(siteSentences, 0),
            list(accessSentences, 0),
            list(partnerSentences, 0),
            list(siteSentences, 1),
            list(accessSentences, 1),
            list(partnerSentences, 1),
            sectorIds,
            sectorIds,
          ]
        )
        const ids = rows.rows.map((row: { id: number }) => row.id)
        await trx.rawQuery('SELECT most_refresh_opportunity_search(?::integer[])', [ids])
        this.logger.info(`${Math.min(done + size, this.count)} / ${this.count}`)
      }
      if (rebuilt.length) this.logger.info(`Rebuilding ${rebuilt.length} indexes…`)
      await trx.rawQuery(`SET LOCAL maintenance_work_mem = '256MB'`)
      for (const index of rebuilt) await trx.rawQuery(index.indexdef)
    })
    await db.rawQuery('ANALYZE opportunities')
    await db.rawQuery('ANALYZE opportunity_sectors')
    this.logger.success(
      `Generated ${this.count} opportunities in ${((Date.now() - started) / 1000).toFixed(1)} s`
    )
  }
}
