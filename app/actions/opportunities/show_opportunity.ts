import db from '@adonisjs/lucid/services/db'
import { errors } from '@adonisjs/lucid'
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
import { detailSql, similarSql } from '#services/listing_sql'
import { attachReferenceRelations } from '#services/listing_relations'
import NdaSignature from '#models/nda_signature'
import NdaVersion from '#models/nda_version'
import ListQuestions from '#actions/opportunities/list_questions'

/**
 * Everything the detail page needs about one listing and its viewer: relations,
 * similar listings, its questions and answers, and the viewer's own state (saved,
 * interest, NDA: signed, or the current text to sign). Counts a view
 * when someone other than the listing's own partner opens a published listing.
 */
export default class ShowOpportunity {
  /**
   * The listing by its slug, with its sector ids, organisation, incentives and documents
   * as extra columns: one statement instead of four (each round trip to PostgreSQL cost
   * the detail page more than the rows themselves). handle() turns them into relations.
   */
  static async find(slug: string) {
    const { rows } = await db.rawQuery(detailSql('?'), [slug])
    if (!rows.length) throw new errors.E_ROW_NOT_FOUND(Opportunity)
    return Opportunity.$createFromAdapterResult(rows[0])!
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

    const similar = Opportunity.$createMultipleFromAdapterResult(
      (
        await db.rawQuery(similarSql('?', '?', '?'), [
          opportunity.id,
          opportunity.municipalityId,
          (opportunity.$extras.sector_ids as number[] | undefined) ?? [],
        ])
      ).rows
    )

    await attachReferenceRelations([opportunity, ...similar])
    const questions = await new ListQuestions().handle({
      opportunity,
      viewer,
      seesAll: isOwnPartner || !!viewer?.isStaff,
    })
    return {
      similar,
      questions,
      viewer: await this.viewerState(opportunity, viewer, isOwnPartner),
    }
  }

  private async viewerState(opportunity: Opportunity, viewer: User | null, isOwnPartner: boolean) {
    if (!viewer) {
      return {
        loggedIn: false,
        isInvestor: false,
        isOwnPartner: false,
        saved: false,
        ndaAccepted: false,
        nda: null,
        clubMember: false,
        interest: null,
      }
    }
    const ndaVersion =
      viewer.role === 'investor' ? await NdaVersion.current(opportunity.organisationId) : null
    const [saved, signatures, interest] = await Promise.all([
      SavedOpportunity.has(viewer.id, opportunity.id),
      ndaVersion
        ? NdaSignature.query()
            .where({ userId: viewer.id, opportunityId: opportunity.id })
            .orderBy('signedAt', 'desc')
        : ([] as NdaSignature[]),
      Interest.query().where({ investorId: viewer.id, opportunityId: opportunity.id }).first(),
    ])
    return {
      loggedIn: true,
      isInvestor: viewer.role === 'investor',
      isOwnPartner,
      saved,
      // Signed the listing's current NDA version; else the text to sign (again, if an older one was).
      ndaAccepted: signatures.some((row) => row.ndaVersionId === ndaVersion?.id),
      nda: ndaVersion
        ? {
            version: ndaVersion.version,
            standard: ndaVersion.organisationId === null,
            bodyEn: ndaVersion.bodyEn,
            bodySrLatn: ndaVersion.bodySrLatn,
            bodySrCyrl: ndaVersion.bodySrCyrl,
            signatureId: signatures.find((row) => row.ndaVersionId === ndaVersion.id)?.id ?? null,
            signedEarlier: signatures.some((row) => row.ndaVersionId !== ndaVersion.id),
          }
        : null,
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
        .load('documents', (documents) => documents.whereNull('revokedAt').orderBy('id'))
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
