import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Pipeline from '#models/pipeline'
import PipelineStage from '#models/pipeline_stage'
import ReferenceData from '#services/reference_data'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'

export interface BoardFilters {
  pipeline?: string
  owner?: number
  municipality?: string
  sector?: string
  min_value?: number
  stale?: boolean
}

/**
 * The kanban board: a pipeline's stages with their deals, counts and values (plain and
 * probability-weighted). Built from one joined query for all cards — not one model
 * per card with preloads — so 5,000 open deals stay a handful of queries. Won and
 * Lost columns show deals closed in the last 30 days.
 */
export default class LoadPipelineBoard {
  async handle(filters: BoardFilters) {
    const pipelines = await Pipeline.query().orderBy('position')
    const pipeline =
      pipelines.find((candidate) => candidate.slug === filters.pipeline) ?? pipelines[0]
    const stages = await PipelineStage.query().where('pipelineId', pipeline.id).orderBy('position')

    const query = db
      .from('deals')
      .join('users as investors', 'investors.id', 'deals.investor_id')
      .leftJoin('users as owners', 'owners.id', 'deals.owner_id')
      .leftJoin('opportunities', 'opportunities.id', 'deals.opportunity_id')
      .where('deals.pipeline_id', pipeline.id)
      .where((open) => {
        open
          .whereNull('deals.closed_at')
          .orWhere('deals.closed_at', '>', DateTime.now().minus({ days: 30 }).toJSDate())
      })
      .select(
        'deals.id',
        'deals.stage_id',
        'deals.title',
        'deals.value_eur',
        'deals.lock_version',
        'deals.stale_since',
        'deals.stage_entered_at',
        'investors.full_name as investor_name',
        'owners.id as owner_id',
        'owners.full_name as owner_name',
        'opportunities.municipality_id',
        'opportunities.slug as opportunity_slug'
      )
      .orderBy('deals.stage_entered_at', 'asc')

    await applyDealFilters(query, filters)
    const rows = await query

    const columns = stages.map((stage) => {
      const cards = rows
        .filter((row) => row.stage_id === stage.id)
        .map((row) => ({
          id: row.id as number,
          title: row.title as string,
          valueEur: row.value_eur as number,
          lockVersion: row.lock_version as number,
          stale: row.stale_since !== null,
          stageEnteredAt: new Date(row.stage_entered_at).toISOString(),
          investorName: row.investor_name as string,
          ownerId: row.owner_id as number | null,
          ownerName: row.owner_name as string | null,
          municipalityId: row.municipality_id as number | null,
          opportunitySlug: row.opportunity_slug as string | null,
        }))
      const totalEur = cards.reduce((sum, card) => sum + card.valueEur, 0)
      return {
        id: stage.id,
        key: stage.key,
        name: stage.name,
        customName: stage.customName,
        kind: stage.kind,
        winProbability: stage.winProbability,
        staleAfterDays: stage.staleAfterDays,
        count: cards.length,
        totalEur,
        weightedEur: Math.round((totalEur * stage.winProbability) / 100),
        cards,
      }
    })
    return {
      pipeline: { id: pipeline.id, slug: pipeline.slug, name: pipeline.name },
      pipelines: pipelines.map(({ id, slug, name }) => ({ id, slug, name })),
      columns,
    }
  }
}

/**
 * The board's filters (owner, municipality, sector, minimum value, stale only) on a
 * query over `deals` joined to `opportunities`; the list view and CSV use them too.
 */
export async function applyDealFilters(query: DatabaseQueryBuilderContract, filters: BoardFilters) {
  if (filters.owner) query.where('deals.owner_id', filters.owner)
  if (filters.min_value) query.where('deals.value_eur', '>=', filters.min_value)
  if (filters.stale) query.whereNotNull('deals.stale_since')
  if (filters.municipality) {
    const municipality = await ReferenceData.municipalityBySlug(filters.municipality)
    query.where('opportunities.municipality_id', municipality?.id ?? 0)
  }
  if (filters.sector) {
    const sectorIds = await ReferenceData.sectorIdsBySlug([filters.sector])
    query.whereExists((sectors) => {
      sectors
        .from('opportunity_sectors')
        .whereColumn('opportunity_sectors.opportunity_id', 'deals.opportunity_id')
        .whereIn('opportunity_sectors.sector_id', sectorIds)
    })
  }
  // Nothing returned on purpose: awaiting a returned query builder would run it.
}
