import db from '@adonisjs/lucid/services/db'
import Opportunity from '#models/opportunity'
import OrganisationMember from '#models/organisation_member'
import ClubMembership from '#models/club_membership'
import Interest from '#models/interest'
import SavedOpportunity from '#models/saved_opportunity'
import type User from '#models/user'
import ReferenceData from '#services/reference_data'
import ViewCounter from '#services/view_counter'
import Municipality from '#models/municipality'
import Sector from '#models/sector'
import Organisation from '#models/organisation'
import OpportunityIncentive from '#models/opportunity_incentive'
import OpportunityDocument from '#models/opportunity_document'
import { CARD_COLUMNS } from '#actions/opportunities/search_opportunities'

/**
 * Everything the detail page needs about one listing and its viewer: relations,
 * similar listings, and the viewer's own state (saved, interest, NDA). Counts a view
 * when someone other than the listing's own partner opens a published listing.
 */
export default class ShowOpportunity {
  /**
   * The listing by its slug, with its sector ids, organisation, incentives and documents
   * as extra columns: one statement instead of four (each round trip to PostgreSQL cost
   * the detail page more than the rows themselves). handle() turns them into relations.
   */
  static find(slug: string) {
    return Opportunity.query()
      .where('slug', slug)
      .select(
        'opportunities.*',
        db.raw(SECTOR_IDS),
        db.raw(ORGANISATION_JSON),
        db.raw(INCENTIVES_JSON),
        db.raw(DOCUMENTS_JSON)
      )
      .firstOrFail()
  }

  async handle({
    opportunity,
    viewer,
  }: {
    opportunity: Opportunity
    viewer: User | null
    ipAddress: string | null
  }) {
    // Municipality and sectors come from the in-memory reference data; organisation,
    // incentives and documents arrived with the listing's own row (find()).
    await attachOwnRelations(opportunity)

    const isOwnPartner =
      viewer?.role === 'partner' &&
      !!(await OrganisationMember.query()
        .where({ organisationId: opportunity.organisationId, userId: viewer.id })
        .first())
    if (opportunity.isPublished && !isOwnPartner && !viewer?.isStaff) {
      ViewCounter.add(opportunity.id)
    }

    const similar = await Opportunity.query()
      .withScopes((scopes) => scopes.published())
      .select(CARD_COLUMNS.map((column) => `opportunities.${column}`))
      .select(db.raw(SECTOR_IDS))
      .whereNot('id', opportunity.id)
      .where((query) => {
        query.where('municipalityId', opportunity.municipalityId).orWhereExists((sectors) => {
          sectors
            .from('opportunity_sectors')
            .whereColumn('opportunity_sectors.opportunity_id', 'opportunities.id')
            .whereIn(
              'opportunity_sectors.sector_id',
              db
                .from('opportunity_sectors')
                .select('sector_id')
                .where('opportunity_id', opportunity.id)
            )
        })
      })
      .orderBy('publishedAt', 'desc')
      .limit(3)

    await attachReferenceRelations([opportunity, ...similar])
    return { similar, viewer: await this.viewerState(opportunity, viewer, isOwnPartner) }
  }

  private async viewerState(opportunity: Opportunity, viewer: User | null, isOwnPartner: boolean) {
    if (!viewer) {
      return {
        loggedIn: false,
        isInvestor: false,
        isOwnPartner: false,
        saved: false,
        ndaAccepted: false,
        clubMember: false,
        interest: null,
      }
    }
    const [saved, ndaAccepted, interest] = await Promise.all([
      SavedOpportunity.has(viewer.id, opportunity.id),
      Opportunity.hasAcceptedNda(viewer.id, opportunity.id),
      Interest.query().where({ investorId: viewer.id, opportunityId: opportunity.id }).first(),
    ])
    return {
      loggedIn: true,
      isInvestor: viewer.role === 'investor',
      isOwnPartner,
      saved,
      ndaAccepted,
      // Investor Club members open every data room without the NDA step.
      clubMember: viewer.role === 'investor' && (await ClubMembership.isMember(viewer.id)),
      interest: interest
        ? {
            amountMinEur: interest.amountMinEur,
            amountMaxEur: interest.amountMaxEur,
            message: interest.message,
            contactChannel: interest.contactChannel,
            contactLanguage: interest.contactLanguage,
            status: interest.status,
          }
        : null,
    }
  }
}

/** The sector ids of each listing, as an extra column (`$extras.sector_ids`). */
const SECTOR_IDS = `(SELECT coalesce(array_agg(sector_id), '{}') FROM opportunity_sectors
  WHERE opportunity_id = opportunities.id) AS sector_ids`

/**
 * The organisation (what pages show of it), incentives and documents of a listing as JSON
 * columns. Documents leave out created_at: JSON turns timestamps into ISO strings, which
 * Lucid's DateTime columns do not read, and no page shows it.
 */
const ORGANISATION_JSON = `(SELECT json_build_object('id', id, 'name', name, 'slug', slug, 'kind', kind)
  FROM organisations WHERE organisations.id = opportunities.organisation_id) AS organisation_json`
const INCENTIVES_JSON = `(SELECT coalesce(json_agg(opportunity_incentives ORDER BY position), '[]')
  FROM opportunity_incentives WHERE opportunity_id = opportunities.id) AS incentives_json`
const DOCUMENTS_JSON = `(SELECT coalesce(json_agg(json_build_object('id', id, 'opportunity_id', opportunity_id,
  'kind', kind, 'title', title, 'file_path', file_path, 'file_name', file_name,
  'mime_type', mime_type, 'size_bytes', size_bytes, 'uploaded_by_id', uploaded_by_id,
  'width', width, 'height', height, 'variants', variants) ORDER BY id), '[]')
  FROM opportunity_documents WHERE opportunity_id = opportunities.id) AS documents_json`

/**
 * Sets organisation, incentives and documents from the JSON columns find() loaded, or
 * loads them (a listing found another way).
 */
async function attachOwnRelations(opportunity: Opportunity) {
  const extras = opportunity.$extras
  if (extras.incentives_json === undefined) {
    await opportunity.load((loader) => {
      loader
        .load('organisation')
        .load('incentives', (incentives) => incentives.orderBy('position'))
        .load('documents', (documents) => documents.orderBy('id'))
    })
    return
  }
  opportunity.$setRelated(
    'organisation',
    extras.organisation_json
      ? Organisation.$createFromAdapterResult(extras.organisation_json)!
      : null
  )
  opportunity.$setRelated(
    'incentives',
    OpportunityIncentive.$createMultipleFromAdapterResult(extras.incentives_json)
  )
  opportunity.$setRelated(
    'documents',
    OpportunityDocument.$createMultipleFromAdapterResult(extras.documents_json)
  )
}

/**
 * Sets municipality and sectors on these listings from the reference data, using the
 * sector ids they were loaded with (one query for the links of any loaded without).
 */
async function attachReferenceRelations(opportunities: Opportunity[]) {
  const links: { opportunity_id: number; sector_id: number }[] = opportunities.flatMap(
    (opportunity) =>
      ((opportunity.$extras.sector_ids as number[] | undefined) ?? []).map((sectorId) => ({
        opportunity_id: opportunity.id,
        sector_id: sectorId,
      }))
  )
  const without = opportunities.filter((opportunity) => !opportunity.$extras.sector_ids)
  if (without.length) {
    links.push(
      ...(await db
        .from('opportunity_sectors')
        .whereIn(
          'opportunity_id',
          without.map((opportunity) => opportunity.id)
        )
        .select('opportunity_id', 'sector_id'))
    )
  }
  let municipalities = await ReferenceData.municipalitiesByIds(
    opportunities.map((opportunity) => opportunity.municipalityId)
  )
  let sectors = await ReferenceData.sectorsByIds(links.map((link) => link.sector_id as number))
  // Rows added since this process read the reference data (tests, a new seed): ask.
  if (opportunities.some((o) => !municipalities.some((m) => m.id === o.municipalityId))) {
    municipalities = await Municipality.findMany(opportunities.map((o) => o.municipalityId))
  }
  if (links.some((link) => !sectors.some((sector) => sector.id === link.sector_id))) {
    sectors = await Sector.query()
      .whereIn(
        'id',
        links.map((link) => link.sector_id as number)
      )
      .orderBy('position')
  }
  for (const opportunity of opportunities) {
    const municipality = municipalities.find((m) => m.id === opportunity.municipalityId)
    if (municipality) opportunity.$setRelated('municipality', municipality)
    opportunity.$setRelated(
      'sectors',
      sectors.filter((sector) =>
        links.some((link) => link.opportunity_id === opportunity.id && link.sector_id === sector.id)
      )
    )
  }
}
