import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Pipeline from '#models/pipeline'
import PipelineStage from '#models/pipeline_stage'
import { responseTimes } from '#actions/deals/introductions/response_times'

export type ReportPeriod = {
  pipeline?: string
  from?: Date
  to?: Date
}

/** One stage of the report's funnel: deals that entered it, conversion to the next, time in it. */
export type FunnelRow = {
  id: number
  key: string | null
  name: string
  customName: boolean
  kind: string
  entered: number
  conversionToNext: number | null
  medianDaysInStage: number | null
}

/** Won and lost deals of one sector, named in each language. */
export type SectorOutcome = {
  slug: string
  nameEn: string
  nameSrLatn: string
  nameSrCyrl: string
  won: number
  lost: number
}

/**
 * /crm/reports over a period: the funnel (deals that entered each stage), conversion
 * between consecutive stages, median time in stage, current pipeline value (plain and
 * weighted), won/lost by municipality and sector, lost reasons per municipality, and
 * partners' response times. Each figure is one aggregate query.
 */
export default class BuildReports {
  async handle(period: ReportPeriod) {
    const pipelines = await Pipeline.query().orderBy('position')
    const pipeline =
      pipelines.find((candidate) => candidate.slug === period.pipeline) ?? pipelines[0]
    const stages = await PipelineStage.query().where('pipelineId', pipeline.id).orderBy('position')
    const to = period.to ? DateTime.fromJSDate(period.to).endOf('day') : DateTime.now()
    const from = period.from
      ? DateTime.fromJSDate(period.from).startOf('day')
      : to.minus({ days: 90 })
    const range: [Date, Date] = [from.toJSDate(), to.toJSDate()]

    const stays = await db
      .from('deal_stage_history as history')
      .join('deals', 'deals.id', 'history.deal_id')
      .where('deals.pipeline_id', pipeline.id)
      .whereBetween('history.entered_at', range)
      .groupBy('history.stage_id')
      .select('history.stage_id')
      .select(
        db.raw('count(DISTINCT history.deal_id)::int AS entered'),
        db.raw(
          `percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM coalesce(history.exited_at, now()) - history.entered_at) / 86400) AS median_days`
        )
      )
    const byStage = new Map(stays.map((row) => [row.stage_id, row]))
    const funnel = stages.map((stage, index): FunnelRow => {
      const entered = byStage.get(stage.id)?.entered ?? 0
      const next = stages[index + 1]
      const nextEntered = next && next.kind === 'open' ? (byStage.get(next.id)?.entered ?? 0) : null
      const median = byStage.get(stage.id)?.median_days
      return {
        id: stage.id,
        key: stage.key,
        name: stage.name,
        customName: stage.customName,
        kind: stage.kind,
        entered,
        conversionToNext: nextEntered !== null && entered > 0 ? nextEntered / entered : null,
        medianDaysInStage:
          median === null || median === undefined ? null : Number(Number(median).toFixed(1)),
      }
    })

    const [value] = await db
      .from('deals')
      .join('pipeline_stages as stages', 'stages.id', 'deals.stage_id')
      .where('deals.pipeline_id', pipeline.id)
      .whereNull('deals.closed_at')
      .select(
        db.raw('count(*)::int AS open_deals'),
        db.raw('coalesce(sum(deals.value_eur), 0)::bigint AS total'),
        db.raw(
          'coalesce(sum(deals.value_eur * stages.win_probability / 100.0), 0)::bigint AS weighted'
        )
      )

    const outcomes = await db
      .from('deals')
      .join('pipeline_stages as stages', 'stages.id', 'deals.stage_id')
      .leftJoin('opportunities', 'opportunities.id', 'deals.opportunity_id')
      .leftJoin('municipalities', 'municipalities.id', 'opportunities.municipality_id')
      .leftJoin('lost_reasons', 'lost_reasons.id', 'deals.lost_reason_id')
      .where('deals.pipeline_id', pipeline.id)
      .whereBetween('deals.closed_at', range)
      .groupBy(
        'municipalities.name_sr_latn',
        'stages.kind',
        'lost_reasons.key',
        'lost_reasons.name'
      )
      .select(
        'municipalities.name_sr_latn as municipality',
        'stages.kind',
        'lost_reasons.key as reason_key',
        'lost_reasons.name as reason_name'
      )
      .select(
        db.raw('count(*)::int AS deals'),
        db.raw('coalesce(sum(deals.value_eur), 0)::bigint AS value')
      )

    const bySector = await db
      .from('deals')
      .join('pipeline_stages as stages', 'stages.id', 'deals.stage_id')
      .join('opportunity_sectors', 'opportunity_sectors.opportunity_id', 'deals.opportunity_id')
      .join('sectors', 'sectors.id', 'opportunity_sectors.sector_id')
      .where('deals.pipeline_id', pipeline.id)
      .whereBetween('deals.closed_at', range)
      .groupBy(
        'sectors.slug',
        'sectors.name_en',
        'sectors.name_sr_latn',
        'sectors.name_sr_cyrl',
        'stages.kind'
      )
      .select(
        'sectors.slug',
        'sectors.name_en',
        'sectors.name_sr_latn',
        'sectors.name_sr_cyrl',
        'stages.kind'
      )
      .select(db.raw('count(*)::int AS deals'))

    const organisations = await db
      .from('introductions')
      .join('organisations', 'organisations.id', 'introductions.organisation_id')
      .whereBetween('introductions.requested_at', range)
      .distinct('organisations.id', 'organisations.name')
    const times = await responseTimes(organisations.map((row) => row.id))

    return {
      pipeline: { id: pipeline.id, slug: pipeline.slug, name: pipeline.name },
      pipelines: pipelines.map(({ id, slug, name }) => ({ id, slug, name })),
      period: { from: from.toISODate(), to: to.toISODate() },
      funnel,
      value: {
        openDeals: Number(value.open_deals),
        totalEur: Number(value.total),
        weightedEur: Number(value.weighted),
      },
      outcomesByMunicipality: summariseByMunicipality(outcomes),
      outcomesBySector: summariseBySector(bySector),
      lostReasons: outcomes
        .filter((row) => row.kind === 'lost')
        .map((row) => ({
          municipality: (row.municipality as string | null) ?? '—',
          reasonKey: row.reason_key as string | null,
          reasonName: (row.reason_name as string | null) ?? '—',
          deals: row.deals as number,
        })),
      responseTimes: organisations.map((row) => ({
        organisation: row.name as string,
        ...(times.get(row.id) ?? { medianHours: null, answered: 0, open: 0, overdue: 0 }),
      })),
    }
  }
}

function summariseByMunicipality(rows: Record<string, any>[]) {
  const summary = new Map<
    string,
    { municipality: string; won: number; lost: number; wonEur: number }
  >()
  for (const row of rows) {
    const key = (row.municipality as string | null) ?? '—'
    const entry = summary.get(key) ?? { municipality: key, won: 0, lost: 0, wonEur: 0 }
    if (row.kind === 'won') {
      entry.won += row.deals
      entry.wonEur += Number(row.value)
    } else if (row.kind === 'lost') {
      entry.lost += row.deals
    }
    summary.set(key, entry)
  }
  return [...summary.values()].sort((a, b) => b.won + b.lost - (a.won + a.lost))
}

function summariseBySector(rows: Record<string, any>[]) {
  const summary = new Map<string, SectorOutcome>()
  for (const row of rows) {
    const entry = summary.get(row.slug) ?? {
      slug: row.slug,
      nameEn: row.name_en,
      nameSrLatn: row.name_sr_latn,
      nameSrCyrl: row.name_sr_cyrl,
      won: 0,
      lost: 0,
    }
    if (row.kind === 'won') entry.won += row.deals
    else if (row.kind === 'lost') entry.lost += row.deals
    summary.set(row.slug, entry)
  }
  return [...summary.values()]
}
