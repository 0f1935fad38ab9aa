import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import ReferenceData from '#services/reference_data'
import ClubMembership from '#models/club_membership'
import LostReason from '#models/lost_reason'
import ListStaff from '#actions/accounts/list_staff'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import {
  activityClock,
  nextActivityJoin,
  nextActivityState,
  whereNextActivity,
  type ActivityClock,
} from '#services/next_activity_sql'
import { DEFAULT_TIME_ZONE, type NextActivityState } from '#enums/meeting'

export interface BoardFilters {
  pipeline?: string
  owner?: number
  municipality?: string
  sector?: string
  min_value?: number
  stale?: boolean
  /** A stage id: the list view's "all deals of this column". */
  stage?: number
  /** The next activity's colour: overdue, today, future or none planned. */
  next?: NextActivityState
}

/** Cards shown per column; the header counts and sums every deal of the column. */
export const CARDS_PER_COLUMN = 50

/**
 * The kanban board: a pipeline's stages with their deals, counts and values (plain and
 * probability-weighted). Two queries whatever the number of deals: the pipelines with
 * their stages, then one windowed query that returns each column's count and total
 * together with its first CARDS_PER_COLUMN cards (the list view shows the rest).
 * Won and Lost columns show deals closed in the last 30 days. With the staff (owner filter,
 * reassigning) and the active lost reasons (the "mark as lost" dialog) the page needs.
 */
export default class LoadPipelineBoard {
  async handle(
    filters: BoardFilters,
    { timeZone = DEFAULT_TIME_ZONE }: { timeZone?: string } = {}
  ) {
    // "Today" is the reader's day, in their own zone.
    const clock = activityClock(timeZone)
    const stageRows = await db
      .from('pipeline_stages as stages')
      .join('pipelines', 'pipelines.id', 'stages.pipeline_id')
      .orderBy('pipelines.position')
      .orderBy('stages.position')
      .select(
        'stages.id',
        'stages.pipeline_id',
        'stages.key',
        'stages.name',
        'stages.custom_name',
        'stages.kind',
        'stages.win_probability',
        'stages.stale_after_days',
        'pipelines.slug as pipeline_slug',
        'pipelines.name as pipeline_name'
      )
    const pipelines = [
      ...new Map(
        stageRows.map((row) => [
          row.pipeline_id as number,
          {
            id: row.pipeline_id as number,
            slug: row.pipeline_slug as string,
            name: row.pipeline_name as string,
          },
        ])
      ).values(),
    ]
    const pipeline =
      pipelines.find((candidate) => candidate.slug === filters.pipeline) ?? pipelines[0]
    const stages = stageRows.filter((row) => row.pipeline_id === pipeline.id)

    // Ranked over `deals` alone (filters use subqueries), so PostgreSQL never joins
    // 5,000 rows to the people and listings tables; only the cards shown are joined.
    const ranked = db
      .from('deals')
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
        'deals.investor_id',
        'deals.contact_id',
        'deals.owner_id',
        'deals.opportunity_id',
        db.raw(
          'row_number() OVER (PARTITION BY deals.stage_id ORDER BY deals.stage_entered_at, deals.id) AS position'
        ),
        db.raw('count(*) OVER (PARTITION BY deals.stage_id)::int AS column_count'),
        db.raw('sum(deals.value_eur) OVER (PARTITION BY deals.stage_id)::bigint AS column_total')
      )
    await applyDealFilters(ranked, filters, clock)
    const next = nextActivityJoin('board.id', clock)
    // The cards shown, at most CARDS_PER_COLUMN per stage. The LIMIT changes nothing in the
    // result; it tells the planner how few rows the joins below get. Without it PostgreSQL
    // expects all 5,000 deals there, and the next-activity lookups' estimated cost makes it
    // compile the statement with JIT: 36 ms more per board for 300 cards.
    const shown = db
      .from(ranked.as('ranked'))
      .where('ranked.position', '<=', CARDS_PER_COLUMN)
      .select('ranked.*')
      .limit(Math.max(1, stages.length) * CARDS_PER_COLUMN)
    const rows = await db
      .from(shown.as('board'))
      // An inquiry deal may have a contact but no investor account: show the contact's name.
      .leftJoin('users as investors', 'investors.id', 'board.investor_id')
      .leftJoin('contacts', 'contacts.id', 'board.contact_id')
      .leftJoin('users as owners', 'owners.id', 'board.owner_id')
      // PostgreSQL cannot foresee that the window filter keeps only a few hundred rows
      // and would hash-join the whole opportunities table; a LATERAL lookup with LIMIT
      // (which it does not flatten) reads one row per card instead: 47 ms → 11 ms
      // with 5,000 open deals and 100,000 listings.
      .joinRaw(
        `LEFT JOIN LATERAL (SELECT municipality_id, slug, title_en, title_sr FROM opportunities
           WHERE opportunities.id = board.opportunity_id LIMIT 1) AS opportunity ON true`
      )
      // Each card's next task or meeting: index probes for the cards shown only.
      .joinRaw(next.sql, next.bindings)
      .select(
        'board.*',
        'next_activity.kind as next_kind',
        'next_activity.title as next_title',
        'next_activity.at as next_at',
        db.raw('coalesce(contacts.full_name, investors.full_name) as investor_name'),
        'owners.full_name as owner_name',
        'opportunity.municipality_id',
        'opportunity.slug as opportunity_slug',
        'opportunity.title_en as listing_title_en',
        'opportunity.title_sr as listing_title_sr',
        // Investor Club members get priority introductions: their cards are marked.
        db.raw(`${ClubMembership.memberSql('board.investor_id')} AS priority`)
      )
      .orderBy('board.position')

    const columns = stages.map((stage) => {
      const stageCards = rows.filter((row) => row.stage_id === stage.id)
      const cards = stageCards.map((row) => ({
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
        // The title in the reader's language is built from these (components/deals/deal_title.ts).
        listingTitleEn: row.listing_title_en as string | null,
        listingTitleSr: row.listing_title_sr as string | null,
        priority: row.priority as boolean,
        nextActivity: nextActivityOf(row, clock),
      }))
      const count = stageCards.length ? (stageCards[0].column_count as number) : 0
      const totalEur = stageCards.length ? Number(stageCards[0].column_total) : 0
      return {
        id: stage.id as number,
        key: stage.key as string | null,
        name: stage.name as string,
        customName: stage.custom_name as boolean,
        kind: stage.kind as 'open' | 'won' | 'lost',
        winProbability: stage.win_probability as number,
        staleAfterDays: stage.stale_after_days as number | null,
        count,
        totalEur,
        weightedEur: Math.round((totalEur * stage.win_probability) / 100),
        cards,
      }
    })
    const staff = await new ListStaff().handle()
    const lostReasons = await LostReason.query().where('active', true).orderBy('position')
    return { pipeline, pipelines, columns, staff, lostReasons }
  }
}

/** A card's or list row's next activity from the joined `next_*` columns. */
export function nextActivityOf(
  row: { next_kind: string | null; next_title: string | null; next_at: Date | null },
  clock: ActivityClock
) {
  return {
    state: nextActivityState({ kind: row.next_kind, at: row.next_at }, clock),
    kind: row.next_kind as 'task' | 'meeting' | null,
    title: row.next_title,
    at: row.next_at ? new Date(row.next_at).toISOString() : null,
  }
}

/**
 * The board's filters (owner, stage, municipality, sector, minimum value, stale only,
 * next activity) on a query over `deals`, as conditions on `deals` columns and subqueries
 * (no join needed); the list view and CSV use them too.
 */
export async function applyDealFilters(
  query: DatabaseQueryBuilderContract,
  filters: BoardFilters,
  clock: ActivityClock = activityClock(DEFAULT_TIME_ZONE)
) {
  if (filters.next) whereNextActivity(query, filters.next, clock)
  if (filters.owner) query.where('deals.owner_id', filters.owner)
  if (filters.stage) query.where('deals.stage_id', filters.stage)
  if (filters.min_value) query.where('deals.value_eur', '>=', filters.min_value)
  if (filters.stale) query.whereNotNull('deals.stale_since')
  if (filters.municipality) {
    const municipality = await ReferenceData.municipalityBySlug(filters.municipality)
    query.whereIn(
      'deals.opportunity_id',
      db
        .from('opportunities')
        .where('municipality_id', municipality?.id ?? 0)
        .select('id')
    )
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
