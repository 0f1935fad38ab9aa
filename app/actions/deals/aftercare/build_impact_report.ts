import db from '@adonisjs/lucid/services/db'

export type ImpactRow = {
  key: string
  name: string
  won: number
  investedEur: number
  jobsCreated: number
  returnees: number
}

export type MunicipalityImpactRow = ImpactRow & {
  lost: number
  lostReasons: { key: string | null; name: string; deals: number }[]
}

export type EventImpactRow = {
  id: number
  name: string
  city: string
  startsOn: string
  attendees: number
  deals: number
  won: number
  wonValueEur: number
  investedEur: number
  jobsCreated: number
}

/** A won deal's impact columns, summed (unrecorded impact counts as nothing). */
const SUMS = `count(*) FILTER (WHERE s.kind = 'won')::int AS won,
  coalesce(sum(d.invested_eur) FILTER (WHERE s.kind = 'won'), 0)::bigint AS invested,
  coalesce(sum(d.jobs_created) FILTER (WHERE s.kind = 'won'), 0)::int AS jobs,
  (count(*) FILTER (WHERE s.kind = 'won' AND d.investor_returned))::int AS returnees`

type Row = Record<string, unknown>
const rowsOf = (result: { rows: unknown[] }) => result.rows as Row[]

const toImpact = (row: Record<string, unknown>): ImpactRow => ({
  key: String(row.key),
  name: String(row.name),
  won: Number(row.won),
  investedEur: Number(row.invested),
  jobsCreated: Number(row.jobs),
  returnees: Number(row.returnees),
})

/**
 * What won deals achieved — amount invested, jobs created, investors who came back to
 * live in Serbia — per municipality (with why deals there were lost), per sector, per
 * year of winning, and what each event brought in (deals credited to it, investment).
 * A listing in two sectors counts in both, so sector rows may add up to more than the total.
 */
export default class BuildImpactReport {
  async handle() {
    const closed = `FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id
      WHERE d.closed_at IS NOT NULL AND s.kind IN ('won', 'lost')`

    const municipalities = await db.rawQuery(`
      SELECT m.slug AS key, m.name_sr_latn AS name, ${SUMS},
        (count(*) FILTER (WHERE s.kind = 'lost'))::int AS lost
      ${closed.replace('WHERE', 'JOIN opportunities o ON o.id = d.opportunity_id JOIN municipalities m ON m.id = o.municipality_id WHERE')}
      GROUP BY m.id ORDER BY invested DESC, won DESC, m.name_sr_latn`)
    const lostReasons = await db.rawQuery(`
      SELECT m.slug AS municipality, r.key, coalesce(r.name, '—') AS name, count(*)::int AS deals
      ${closed.replace('WHERE', 'JOIN opportunities o ON o.id = d.opportunity_id JOIN municipalities m ON m.id = o.municipality_id LEFT JOIN lost_reasons r ON r.id = d.lost_reason_id WHERE')}
        AND s.kind = 'lost'
      GROUP BY m.slug, r.id ORDER BY deals DESC, name`)
    const sectors = await db.rawQuery(`
      SELECT sc.slug AS key, sc.name_sr_latn AS name, ${SUMS}
      ${closed.replace('WHERE', 'JOIN opportunity_sectors os ON os.opportunity_id = d.opportunity_id JOIN sectors sc ON sc.id = os.sector_id WHERE')}
      GROUP BY sc.id HAVING count(*) FILTER (WHERE s.kind = 'won') > 0
      ORDER BY invested DESC, sc.name_sr_latn`)
    const years = await db.rawQuery(`
      SELECT extract(year FROM d.closed_at)::int AS key, extract(year FROM d.closed_at)::int AS name, ${SUMS}
      ${closed} AND s.kind = 'won'
      GROUP BY 1 ORDER BY 1 DESC`)
    const totals = await db.rawQuery(`SELECT 'all' AS key, 'all' AS name, ${SUMS} ${closed}`)
    const events = await db.rawQuery(`
      SELECT e.id, e.name, e.city, to_char(e.starts_on, 'YYYY-MM-DD') AS starts_on,
        (SELECT count(*) FROM event_attendees a WHERE a.event_id = e.id)::int AS attendees,
        count(d.id)::int AS deals,
        (count(d.id) FILTER (WHERE s.kind = 'won'))::int AS won,
        coalesce(sum(d.value_eur) FILTER (WHERE s.kind = 'won'), 0)::bigint AS won_value,
        coalesce(sum(d.invested_eur) FILTER (WHERE s.kind = 'won'), 0)::bigint AS invested,
        coalesce(sum(d.jobs_created) FILTER (WHERE s.kind = 'won'), 0)::int AS jobs
      FROM events e
      LEFT JOIN deals d ON d.source_event_id = e.id
      LEFT JOIN pipeline_stages s ON s.id = d.stage_id
      GROUP BY e.id ORDER BY e.starts_on DESC, e.id DESC`)

    const reasonsBy = new Map<string, MunicipalityImpactRow['lostReasons']>()
    for (const row of rowsOf(lostReasons)) {
      const municipality = String(row.municipality)
      const list = reasonsBy.get(municipality) ?? []
      list.push({
        key: (row.key as string | null) ?? null,
        name: String(row.name),
        deals: Number(row.deals),
      })
      reasonsBy.set(municipality, list)
    }
    return {
      totals: toImpact(rowsOf(totals)[0]),
      byMunicipality: rowsOf(municipalities).map((row): MunicipalityImpactRow => ({
        ...toImpact(row),
        lost: Number(row.lost),
        lostReasons: reasonsBy.get(String(row.key)) ?? [],
      })),
      bySector: rowsOf(sectors).map(toImpact),
      byYear: rowsOf(years).map(toImpact),
      byEvent: rowsOf(events).map((row): EventImpactRow => ({
        id: Number(row.id),
        name: String(row.name),
        city: String(row.city),
        startsOn: String(row.starts_on),
        attendees: Number(row.attendees),
        deals: Number(row.deals),
        won: Number(row.won),
        wonValueEur: Number(row.won_value),
        investedEur: Number(row.invested),
        jobsCreated: Number(row.jobs),
      })),
    }
  }
}
