import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import type NdaSignature from '#models/nda_signature'
import OrganisationMember from '#models/organisation_member'

/** A signed NDA's PDF: for the investor who signed it, the listing's partner and staff. */
export default class NdaSignaturePolicy extends BasePolicy {
  async view(user: User, signature: NdaSignature): Promise<AuthorizerResponse> {
    if (user.isStaff || signature.userId === user.id) return true
    if (user.role !== 'partner') return false
    return !!(await OrganisationMember.query()
      .where({ organisationId: signature.opportunity.organisationId, userId: user.id })
      .first())
  }
}
