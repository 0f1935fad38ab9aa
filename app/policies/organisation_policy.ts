import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import type Organisation from '#models/organisation'
import OrganisationMember from '#models/organisation_member'

export default class OrganisationPolicy extends BasePolicy {
  /** Members of the organisation, and staff, see its private page (members, invitations). */
  async view(user: User, organisation: Organisation): Promise<AuthorizerResponse> {
    if (user.isStaff) return true
    return !!(await this.membership(user, organisation))
  }

  /** The CRM's list of partner organisations, with their deals and answer times: staff only. */
  viewCrmList(user: User): AuthorizerResponse {
    return user.isStaff
  }

  /** One organisation's CRM page (people, deals, introductions, timeline): staff only. */
  viewInCrm(user: User): AuthorizerResponse {
    return user.isStaff
  }

  /** Staff add and correct entries of the public directory (partners or not). */
  editDirectoryEntry(user: User): AuthorizerResponse {
    return user.isStaff
  }

  /** Only owners invite colleagues. */
  async inviteMembers(user: User, organisation: Organisation): Promise<AuthorizerResponse> {
    return (await this.membership(user, organisation))?.role === 'owner'
  }

  /** Any member writes a new version of the organisation's NDA (investors sign it again). */
  async editNda(user: User, organisation: Organisation): Promise<AuthorizerResponse> {
    return !!(await this.membership(user, organisation))
  }

  /** Staff approve or reject organisations that are waiting for review. */
  review(user: User, organisation: Organisation): AuthorizerResponse {
    return user.isStaff && organisation.status === 'pending'
  }

  private membership(user: User, organisation: Organisation) {
    return OrganisationMember.query()
      .where({ organisationId: organisation.id, userId: user.id })
      .first()
  }
}
