import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { FigureDimension, FigurePeriod } from '#enums/figures'

export type FigureSums = {
  opportunitiesPublished: number
  investmentSoughtEur: number
  interests: number
  introductions: number
  dealsWon: number
  wonValueEur: number
  /** What won deals achieved (recorded by staff after the handshake). */
  investedEur: number
  jobsCreated: number
  returnees: number
}

/** A country, municipality or sector the figures are summed for. */
export type FigureName = {
  id: number
  slug: string | null
  nameEn: string
  nameSrLatn: string
  nameSrCyrl: string
}

export type FigureSubject = FigureSums & FigureName

const empty = (): FigureSums => ({
  opportunitiesPublished: 0,
  investmentSoughtEur: 0,
  interests: 0,
  introductions: 0,
  dealsWon: 0,
  wonValueEur: 0,
  investedEur: 0,
  jobsCreated: 0,
  returnees: 0,
})

type SummaryRow = {
  dimension: 'total' | FigureDimension
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
  invested_eur: string
  jobs_created: number
  returnees: number
  computed_at: Date
}

function add(into: FigureSums, row: SummaryRow) {
  into.opportunitiesPublished += row.opportunities_published
  into.investmentSoughtEur += Number(row.investment_sought_eur)
  into.interests += row.interests
  into.introductions += row.introductions
  into.dealsWon += row.deals_won
  into.wonValueEur += Number(row.won_value_eur)
  into.investedEur += Number(row.invested_eur)
  into.jobsCreated += row.jobs_created
  into.returnees += row.returnees
}

const subjectOf = (row: SummaryRow): Omit<FigureSubject, keyof FigureSums> => ({
  id: row.subject_id,
  slug: row.subject_slug,
  nameEn: row.name_en ?? '',
  nameSrLatn: row.name_sr_latn ?? '',
  nameSrCyrl: row.name_sr_cyrl ?? '',
})

/** Sums grouped by a key, each group created on first sight. */
class Buckets<T extends FigureSums> {
  readonly groups = new Map<string, T>()
  constructor(private create: (row: SummaryRow) => T) {}
  add(key: string, row: SummaryRow) {
    if (!this.groups.has(key)) this.groups.set(key, this.create(row))
    add(this.groups.get(key)!, row)
  }
  get values() {
    return [...this.groups.values()]
  }
}

const hasImpact = (sums: FigureSums) =>
  sums.investedEur > 0 || sums.jobsCreated > 0 || sums.returnees > 0

/**
 * The public figures over a period, from figure_summaries alone (one query): the
 * totals; one row per month (of everything, or of one country, municipality or sector
 * when `focus` names it); per country, municipality and sector; and the impact of won
 * deals per year, overall and per municipality and sector.
 */
export default class LoadPublicFigures {
  async handle(options: {
    period: FigurePeriod
    focus?: { dimension: FigureDimension; slug: string }
    now?: DateTime
  }) {
    const now = options.now ?? DateTime.now()
    const query = db.from('figure_summaries').orderBy('month')
    const since =
      options.period === 'all'
        ? null
        : now.startOf('month').minus({ months: Number(options.period) - 1 })
    if (since) query.where('month', '>=', since.toISODate()!)
    const rows: SummaryRow[] = await query

    const matches = (row: SummaryRow, wanted: { dimension: FigureDimension; slug: string }) =>
      row.dimension === wanted.dimension &&
      row.subject_slug?.toLowerCase() === wanted.slug.toLowerCase()
    // An unknown (or, in this period, silent) subject shows the overall months instead.
    const focus =
      options.focus && rows.some((row) => matches(row, options.focus!)) ? options.focus : null
    const inFocus = (row: SummaryRow) => (focus ? matches(row, focus) : row.dimension === 'total')
    const totals = empty()
    const months = new Buckets((row) => ({
      month: DateTime.fromJSDate(row.month).toFormat('yyyy-MM'),
      ...empty(),
    }))
    const years = new Buckets((row) => ({ year: row.month.getFullYear(), ...empty() }))
    const subjects = {
      country: new Buckets<FigureSubject>((row) => ({ ...subjectOf(row), ...empty() })),
      municipality: new Buckets<FigureSubject>((row) => ({ ...subjectOf(row), ...empty() })),
      sector: new Buckets<FigureSubject>((row) => ({ ...subjectOf(row), ...empty() })),
    }
    const impact = {
      municipality: new Buckets((row) => ({
        ...subjectOf(row),
        year: row.month.getFullYear(),
        ...empty(),
      })),
      sector: new Buckets((row) => ({
        ...subjectOf(row),
        year: row.month.getFullYear(),
        ...empty(),
      })),
    }
    let focusSubject: FigureSubject | null = null
    let computedAt: Date | null = null
    for (const row of rows) {
      if (!computedAt || row.computed_at > computedAt) computedAt = row.computed_at
      if (inFocus(row)) months.add(DateTime.fromJSDate(row.month).toFormat('yyyy-MM'), row)
      if (row.dimension === 'total') {
        add(totals, row)
        years.add(String(row.month.getFullYear()), row)
        continue
      }
      subjects[row.dimension].add(String(row.subject_id), row)
      if (row.dimension !== 'country') {
        impact[row.dimension].add(`${row.subject_id}:${row.month.getFullYear()}`, row)
      }
      if (focus && inFocus(row)) {
        focusSubject = subjects[row.dimension].groups.get(String(row.subject_id))!
      }
    }
    const ranked = (list: FigureSubject[]) =>
      list.sort(
        (a, b) =>
          b.investmentSoughtEur - a.investmentSoughtEur ||
          b.interests - a.interests ||
          a.nameEn.localeCompare(b.nameEn)
      )
    const byYearThenInvested = <T extends FigureSums & { year: number; nameEn: string }>(
      list: T[]
    ) =>
      list
        .filter(hasImpact)
        .sort(
          (a, b) =>
            b.year - a.year || b.investedEur - a.investedEur || a.nameEn.localeCompare(b.nameEn)
        )
    return {
      period: options.period,
      focus:
        focus && focusSubject
          ? {
              dimension: focus.dimension,
              slug: focusSubject.slug,
              nameEn: focusSubject.nameEn,
              nameSrLatn: focusSubject.nameSrLatn,
              nameSrCyrl: focusSubject.nameSrCyrl,
            }
          : null,
      computedAt: computedAt ? computedAt.toISOString() : null,
      totals,
      months: months.values,
      countries: ranked(subjects.country.values),
      municipalities: ranked(subjects.municipality.values),
      sectors: ranked(subjects.sector.values),
      impact: {
        years: years.values.filter(hasImpact).sort((a, b) => b.year - a.year),
        municipalities: byYearThenInvested(impact.municipality.values),
        sectors: byYearThenInvested(impact.sector.values),
      },
    }
  }
}
