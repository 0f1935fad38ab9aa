import db from '@adonisjs/lucid/services/db'
import Opportunity from '#models/opportunity'
import OrganisationMember from '#models/organisation_member'
import ClubMembership from '#models/club_membership'
import type User from '#models/user'

/**
 * Everything the detail page needs about one listing and its viewer: relations,
 * similar listings, and the viewer's own state (saved, interest, NDA). Counts a view
 * when someone other than the listing's own partner opens a published listing.
 */
export default class ShowOpportunity {
  async handle({
    opportunity,
    viewer,
  }: {
    opportunity: Opportunity
    viewer: User | null
    ipAddress: string | null
  }) {
    await opportunity.load((loader) => {
      loader
        .load('municipality')
        .load('organisation')
        .load('sectors')
        .load('incentives', (incentives) => incentives.orderBy('position'))
        .load('documents', (documents) => documents.orderBy('id'))
    })

    const isOwnPartner =
      viewer?.role === 'partner' &&
      !!(await OrganisationMember.query()
        .where({ organisationId: opportunity.organisationId, userId: viewer.id })
        .first())
    if (opportunity.isPublished && !isOwnPartner && !viewer?.isStaff) {
      await db.from('opportunities').where('id', opportunity.id).increment('views_count', 1)
    }

    const sectorIds = opportunity.sectors.map((sector) => sector.id)
    const similar = await Opportunity.query()
      .withScopes((scopes) => scopes.published())
      .whereNot('id', opportunity.id)
      .where((query) => {
        query.where('municipalityId', opportunity.municipalityId).orWhereExists((sectors) => {
          sectors
            .from('opportunity_sectors')
            .whereColumn('opportunity_sectors.opportunity_id', 'opportunities.id')
            .whereIn('opportunity_sectors.sector_id', sectorIds.length ? sectorIds : [0])
        })
      })
      .preload('municipality')
      .preload('sectors')
      .orderBy('publishedAt', 'desc')
      .limit(3)

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
    const [saved, nda, interest] = await Promise.all([
      db
        .from('saved_opportunities')
        .where({ user_id: viewer.id, opportunity_id: opportunity.id })
        .first(),
      db
        .from('nda_acceptances')
        .where({ user_id: viewer.id, opportunity_id: opportunity.id })
        .first(),
      db
        .from('interests')
        .where({ investor_id: viewer.id, opportunity_id: opportunity.id })
        .select(
          'amount_min_eur',
          'amount_max_eur',
          'message',
          'contact_channel',
          'contact_language',
          'status'
        )
        .first(),
    ])
    return {
      loggedIn: true,
      isInvestor: viewer.role === 'investor',
      isOwnPartner,
      saved: Boolean(saved),
      ndaAccepted: Boolean(nda),
      // Investor Club members open every data room without the NDA step.
      clubMember: viewer.role === 'investor' && (await ClubMembership.isMember(viewer.id)),
      interest: interest
        ? {
            amountMinEur: interest.amount_min_eur as number,
            amountMaxEur: interest.amount_max_eur as number,
            message: interest.message as string | null,
            contactChannel: interest.contact_channel as string,
            contactLanguage: interest.contact_language as string,
            status: interest.status as string,
          }
        : null,
    }
  }
}
