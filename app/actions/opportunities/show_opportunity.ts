import db from '@adonisjs/lucid/services/db'
import Opportunity from '#models/opportunity'
import OrganisationMember from '#models/organisation_member'
import ClubMembership from '#models/club_membership'
import Interest from '#models/interest'
import SavedOpportunity from '#models/saved_opportunity'
import type User from '#models/user'
import ViewCounter from '#services/view_counter'
import Organisation from '#models/organisation'
import OpportunityIncentive from '#models/opportunity_incentive'
import OpportunityDocument from '#models/opportunity_document'
import {
  CARD_COLUMNS,
  CARD_ORGANISATION_JSON,
  DOCUMENTS_JSON,
  INCENTIVES_JSON,
  SECTOR_IDS,
} from '#services/listing_sql'
import { attachReferenceRelations } from '#services/listing_relations'

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
        db.raw(CARD_ORGANISATION_JSON),
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
