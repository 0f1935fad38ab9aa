import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'

export const figurePeriods = ['12', '24', 'all'] as const
export type FigurePeriod = (typeof figurePeriods)[number]

export interface FigureSums {
  opportunitiesPublished: number
  investmentSoughtEur: number
  interests: number
  introductions: number
  dealsWon: number
  wonValueEur: number
}

export interface FigureSubject extends FigureSums {
  id: number
  slug: string | null
  nameEn: string
  nameSrLatn: string
  nameSrCyrl: string
}

const empty = (): FigureSums => ({
  opportunitiesPublished: 0,
  investmentSoughtEur: 0,
  interests: 0,
  introductions: 0,
  dealsWon: 0,
  wonValueEur: 0,
})

type SummaryRow = {
  dimension: 'total' | 'country' | 'municipality' | 'sector'
  subject_id: number
  subject_slug: string | null
  name_en: string | null
  name_sr_latn: string | null
  name_sr_cyrl: string | null
  month: Date
  opportunities_published: number
  investment_sought_eur: string
  interests: number
  introductions: number
  deals_won: number
  won_value_eur: string
  computed_at: Date
}

function add(into: FigureSums, row: SummaryRow) {
  into.opportunitiesPublished += row.opportunities_published
  into.investmentSoughtEur += Number(row.investment_sought_eur)
  into.interests += row.interests
  into.introductions += row.introductions
  into.dealsWon += row.deals_won
  into.wonValueEur += Number(row.won_value_eur)
}

/**
 * The public figures over a period, from figure_summaries alone (one query): the
 * totals, one row per month, and per country, municipality and sector.
 */
export default class LoadPublicFigures {
  async handle(options: { period: FigurePeriod; now?: DateTime }) {
    const now = options.now ?? DateTime.now()
    const query = db.from('figure_summaries').orderBy('month')
    const since =
      options.period === 'all'
        ? null
        : now.startOf('month').minus({ months: Number(options.period) - 1 })
    if (since) query.where('month', '>=', since.toISODate()!)
    const rows: SummaryRow[] = await query

    const totals = empty()
    const months = new Map<string, FigureSums & { month: string }>()
    const subjects = { country: new Map(), municipality: new Map(), sector: new Map() } as Record<
      'country' | 'municipality' | 'sector',
      Map<number, FigureSubject>
    >
    let computedAt: Date | null = null
    for (const row of rows) {
      if (!computedAt || row.computed_at > computedAt) computedAt = row.computed_at
      if (row.dimension === 'total') {
        add(totals, row)
        const month = DateTime.fromJSDate(row.month).toFormat('yyyy-MM')
        if (!months.has(month)) months.set(month, { month, ...empty() })
        add(months.get(month)!, row)
        continue
      }
      const bucket = subjects[row.dimension]
      if (!bucket.has(row.subject_id)) {
        bucket.set(row.subject_id, {
          id: row.subject_id,
          slug: row.subject_slug,
          nameEn: row.name_en ?? '',
          nameSrLatn: row.name_sr_latn ?? '',
          nameSrCyrl: row.name_sr_cyrl ?? '',
          ...empty(),
        })
      }
      add(bucket.get(row.subject_id)!, row)
    }
    const ranked = (bucket: Map<number, FigureSubject>) =>
      [...bucket.values()].sort(
        (a, b) =>
          b.investmentSoughtEur - a.investmentSoughtEur ||
          b.interests - a.interests ||
          a.nameEn.localeCompare(b.nameEn)
      )
    return {
      period: options.period,
      computedAt: computedAt ? computedAt.toISOString() : null,
      totals,
      months: [...months.values()],
      countries: ranked(subjects.country),
      municipalities: ranked(subjects.municipality),
      sectors: ranked(subjects.sector),
    }
  }
}
