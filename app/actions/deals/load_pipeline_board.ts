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

/** A deal's next open task or meeting, as the board's cards, the list and the deal page show it. */
export type NextActivity = {
  state: NextActivityState
  kind: 'task' | 'meeting' | null
  title: string | null
  at: string | null
}

/** A deal on the board. */
export type BoardCard = {
  id: number
  title: string
  valueEur: number
  lockVersion: number
  stale: boolean
  stageEnteredAt: string
  investorName: string
  ownerId: number | null
  ownerName: string | null
  municipalityId: number | null
  opportunitySlug: string | null
  listingTitleEn: string | null
  listingTitleSr: string | null
  priority: boolean
  nextActivity: NextActivity
}

/** A stage of the board: its first cards and the sums over all of its deals. */
export type BoardColumn = {
  id: number
  key: string | null
  name: string
  customName: boolean
  kind: 'open' | 'won' | 'lost'
  winProbability: number
  staleAfterDays: number | null
  count: number
  totalEur: number
  weightedEur: number
  cards: BoardCard[]
}

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
 * their stages, then one query that returns each column's count and total together with
 * its first CARDS_PER_COLUMN cards (the list view shows the rest).
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

    // The cards shown: per stage, its first CARDS_PER_COLUMN deals read in order from an
    // index (deals_board_open, deals_board_closed), and its count and total from a covering
    // index (deals_board_totals). Filters apply to both (subqueries on `deals`, no join).
    // One ranked window over every deal of the pipeline did the same with a sort of all of
    // them: 8 ms of the statement's 10 with 5,000 open deals, 1 ms this way.
    const board = await boardCards(pipeline.id, stages, filters, clock)
    const next = nextActivityJoin('board.id', clock)
    const rows = await db
      .query()
      .with('board', db.raw(board.sql, board.bindings))
      .from('board')
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
      .orderBy('board.column_order')
      .orderBy('board.position')

    const columns = stages.map((stage): BoardColumn => {
      const stageCards = rows.filter((row) => row.stage_id === stage.id)
      const cards = stageCards.map((row): BoardCard => ({
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
      const count = stageCards.length ? Number(stageCards[0].column_count) : 0
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

/** Closed deals stay on the Won and Lost columns for this long after closing. */
const CLOSED_SHOWN_DAYS = 30

const CARD_COLUMNS = [
  'id',
  'stage_id',
  'title',
  'value_eur',
  'lock_version',
  'stale_since',
  'stage_entered_at',
  'investor_id',
  'contact_id',
  'owner_id',
  'opportunity_id',
].map((column) => `deals.${column}`)

/**
 * The board's cards as one statement over the stages (`s`, in board order): for each stage
 * its count and total and its first CARDS_PER_COLUMN deals with their position. Open deals
 * and recently closed ones are read by two branches so that each walks its own index in
 * order (an OR of the two would read and sort every deal of the stage).
 */
async function boardCards(
  pipelineId: number,
  stages: { id: number }[],
  filters: BoardFilters,
  clock: ActivityClock
) {
  const closedSince = DateTime.now().minus({ days: CLOSED_SHOWN_DAYS }).toJSDate()
  const ofStage = async (state: 'open' | 'closed') => {
    const query = db
      .from('deals')
      .where('deals.pipeline_id', pipelineId)
      .whereRaw('deals.stage_id = s.id')
    if (state === 'open') query.whereNull('deals.closed_at')
    else query.where('deals.closed_at', '>', closedSince)
    await applyDealFilters(query, filters, clock)
    // Wrapped: awaiting a query builder itself would run it.
    return { query }
  }
  const totals = async (state: 'open' | 'closed') =>
    (await ofStage(state)).query
      .select(db.raw('count(*) AS n, sum(deals.value_eur) AS total'))
      .toSQL()
  const cards = async (state: 'open' | 'closed') =>
    (await ofStage(state)).query
      .select(CARD_COLUMNS)
      .orderBy('deals.stage_entered_at')
      .orderBy('deals.id')
      .limit(CARDS_PER_COLUMN)
      .toSQL()
  const parts = [
    await totals('open'),
    await totals('closed'),
    await cards('open'),
    await cards('closed'),
  ]
  return {
    sql: `SELECT s.ord AS column_order, totals.column_count, totals.column_total, card.*
      FROM unnest(?::int[]) WITH ORDINALITY AS s(id, ord)
      CROSS JOIN LATERAL (
        SELECT sum(parts.n)::int AS column_count, coalesce(sum(parts.total), 0)::bigint AS column_total
        FROM ((${parts[0].sql}) UNION ALL (${parts[1].sql})) AS parts
      ) AS totals
      CROSS JOIN LATERAL (
        SELECT shown.*, row_number() OVER (ORDER BY shown.stage_entered_at, shown.id) AS position
        FROM ((${parts[2].sql}) UNION ALL (${parts[3].sql})) AS shown
        ORDER BY shown.stage_entered_at, shown.id
        LIMIT ${CARDS_PER_COLUMN}
      ) AS card`,
    bindings: [stages.map((stage) => stage.id), ...parts.flatMap((part) => part.bindings)],
  }
}

/** A card's or list row's next activity from the joined `next_*` columns. */
export function nextActivityOf(
  row: { next_kind: string | null; next_title: string | null; next_at: Date | null },
  clock: ActivityClock
): NextActivity {
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
