import { AuthorizationResponse, BasePolicy, allowGuest } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import type OpportunityDocument from '#models/opportunity_document'
import OrganisationMember from '#models/organisation_member'
import ClubMembership from '#models/club_membership'
import NdaSignature from '#models/nda_signature'

export default class DocumentPolicy extends BasePolicy {
  /** Who may open a listing's file: see the class comment of DocumentsController. */
  @allowGuest()
  async download(user: User | null, document: OpportunityDocument): Promise<AuthorizerResponse> {
    const opportunity = document.opportunity
    if (user?.isStaff) return true
    if (user?.role === 'partner') {
      const member = await OrganisationMember.query()
        .where({ organisationId: opportunity.organisationId, userId: user.id })
        .first()
      if (member) return true
    }
    if (opportunity.status !== 'published') return false
    // Revoked: gone from the room; the partner and staff keep it for the record.
    if (document.isRevoked) return AuthorizationResponse.deny('Gone', 410)
    if (!document.isDataRoom) return true
    if (user?.role !== 'investor') return false
    // Investor Club members open every data room without the per-project NDA step.
    return (
      (await NdaSignature.signedCurrent(user.id, opportunity)) || ClubMembership.isMember(user.id)
    )
  }
}
