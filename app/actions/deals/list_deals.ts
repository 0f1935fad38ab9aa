import db from '@adonisjs/lucid/services/db'
import Pipeline from '#models/pipeline'
import ClubMembership from '#models/club_membership'
import {
  applyDealFilters,
  nextActivityOf,
  type BoardFilters,
  type NextActivity,
} from '#actions/deals/load_pipeline_board'
import { activityClock, nextActivityJoin } from '#services/next_activity_sql'
import { DEFAULT_TIME_ZONE } from '#enums/meeting'

/** One deal of the list view (and a line of its CSV export). */
export type DealRow = {
  id: number
  title: string
  listingTitleEn: string | null
  listingTitleSr: string | null
  valueEur: number
  weightedEur: number
  createdAt: string
  stageEnteredAt: string
  stale: boolean
  closedAt: string | null
  stage: { key: string | null; name: string; customName: boolean }
  investorName: string
  investorEmail: string
  ownerName: string | null
  municipality: string | null
  lostReason: string | null
  priority: boolean
  nextActivity: NextActivity
}

/** The deals of a pipeline as rows (list view and CSV export), open and closed. */
export default class ListDeals {
  async handle(
    filters: BoardFilters & { status?: 'open' | 'closed'; ids?: number[] },
    { timeZone = DEFAULT_TIME_ZONE }: { timeZone?: string } = {}
  ) {
    const clock = activityClock(timeZone)
    const next = nextActivityJoin('deals.id', clock)
    const pipelines = await Pipeline.query().orderBy('position')
    const pipeline =
      pipelines.find((candidate) => candidate.slug === filters.pipeline) ?? pipelines[0]
    const query = db
      .from('deals')
      .join('pipeline_stages as stages', 'stages.id', 'deals.stage_id')
      // An inquiry deal may have a contact but no investor account: show the contact.
      .leftJoin('users as investors', 'investors.id', 'deals.investor_id')
      .leftJoin('contacts', 'contacts.id', 'deals.contact_id')
      .leftJoin('users as owners', 'owners.id', 'deals.owner_id')
      .leftJoin('opportunities', 'opportunities.id', 'deals.opportunity_id')
      .leftJoin('municipalities', 'municipalities.id', 'opportunities.municipality_id')
      .leftJoin('lost_reasons', 'lost_reasons.id', 'deals.lost_reason_id')
      .joinRaw(next.sql, next.bindings)
      .where('deals.pipeline_id', pipeline.id)
      .select(
        'deals.id',
        'deals.title',
        'opportunities.title_en as listing_title_en',
        'opportunities.title_sr as listing_title_sr',
        'deals.value_eur',
        'deals.created_at',
        'deals.stage_entered_at',
        'deals.stale_since',
        'deals.closed_at',
        'stages.key as stage_key',
        'stages.name as stage_name',
        'stages.custom_name as stage_custom_name',
        'stages.win_probability',
        db.raw('coalesce(contacts.full_name, investors.full_name) as investor_name'),
        db.raw('coalesce(contacts.email, investors.email) as investor_email'),
        'owners.full_name as owner_name',
        'municipalities.name_sr_latn as municipality',
        'lost_reasons.name as lost_reason',
        'next_activity.kind as next_kind',
        'next_activity.title as next_title',
        'next_activity.at as next_at',
        db.raw(`${ClubMembership.memberSql('deals.investor_id')} AS priority`)
      )
      .orderBy('deals.created_at', 'desc')
      .orderBy('deals.id', 'desc')
    if (filters.status === 'open') query.whereNull('deals.closed_at')
    if (filters.status === 'closed') query.whereNotNull('deals.closed_at')
    // The deals ticked on the list (their export).
    if (filters.ids) query.whereIn('deals.id', filters.ids)
    await applyDealFilters(query, filters, clock)
    const rows = await query.limit(5000)
    return {
      pipeline: { id: pipeline.id, slug: pipeline.slug, name: pipeline.name },
      pipelines: pipelines.map(({ id, slug, name }) => ({ id, slug, name })),
      deals: rows.map((row): DealRow => ({
        id: row.id as number,
        title: row.title as string,
        listingTitleEn: row.listing_title_en as string | null,
        listingTitleSr: row.listing_title_sr as string | null,
        valueEur: row.value_eur as number,
        weightedEur: Math.round((row.value_eur * row.win_probability) / 100),
        createdAt: new Date(row.created_at).toISOString(),
        stageEnteredAt: new Date(row.stage_entered_at).toISOString(),
        stale: row.stale_since !== null,
        closedAt: row.closed_at ? new Date(row.closed_at).toISOString() : null,
        stage: {
          key: row.stage_key as string | null,
          name: row.stage_name as string,
          customName: row.stage_custom_name as boolean,
        },
        investorName: row.investor_name as string,
        investorEmail: row.investor_email as string,
        ownerName: row.owner_name as string | null,
        municipality: row.municipality as string | null,
        lostReason: row.lost_reason as string | null,
        priority: row.priority as boolean,
        nextActivity: nextActivityOf(row, clock),
      })),
    }
  }
}
