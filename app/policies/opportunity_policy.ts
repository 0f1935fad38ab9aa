import { BasePolicy, allowGuest } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import type Opportunity from '#models/opportunity'
import Organisation from '#models/organisation'
import OrganisationMember from '#models/organisation_member'
import { canTransition } from '#actions/opportunities/record_transition'

/**
 * Who may do what with a listing. Members of the owning organisation edit it; staff
 * review it; the owner of an approved organisation pauses, resumes and closes it.
 */
export default class OpportunityPolicy extends BasePolicy {
  /** Published listings are public; the rest only for their partner and staff. */
  @allowGuest()
  async view(user: User | null, opportunity: Opportunity): Promise<AuthorizerResponse> {
    if (opportunity.status === 'published') return true
    if (!user) return false
    if (user.isStaff) return true
    return !!(await this.membership(user, opportunity))
  }

  /** The partner's own view: statistics, history, who opened which document. */
  async manage(user: User, opportunity: Opportunity): Promise<AuthorizerResponse> {
    return !!(await this.membership(user, opportunity))
  }

  async edit(user: User, opportunity: Opportunity): Promise<AuthorizerResponse> {
    if (opportunity.status === 'closed' || opportunity.status === 'funded') return false
    return !!(await this.membership(user, opportunity))
  }

  /** Only an approved organisation may send listings for review. */
  async submit(user: User, opportunity: Opportunity): Promise<AuthorizerResponse> {
    if (!canTransition(opportunity.status, 'in_review')) return false
    if (!(await this.membership(user, opportunity))) return false
    return this.organisationIsApproved(opportunity)
  }

  review(user: User, opportunity: Opportunity): AuthorizerResponse {
    return user.isStaff && opportunity.status === 'in_review'
  }

  async pause(user: User, opportunity: Opportunity): Promise<AuthorizerResponse> {
    return opportunity.status === 'published' && (await this.isApprovedOwner(user, opportunity))
  }

  async resume(user: User, opportunity: Opportunity): Promise<AuthorizerResponse> {
    return opportunity.status === 'paused' && (await this.isApprovedOwner(user, opportunity))
  }

  async close(user: User, opportunity: Opportunity): Promise<AuthorizerResponse> {
    return (
      ['published', 'paused'].includes(opportunity.status) &&
      (await this.isApprovedOwner(user, opportunity))
    )
  }

  /** Any member confirms the listing is current (or brings back one paused for staleness). */
  async reconfirm(user: User, opportunity: Opportunity): Promise<AuthorizerResponse> {
    const eligible =
      opportunity.status === 'published' ||
      (opportunity.status === 'paused' && opportunity.pausedForFreshness)
    return eligible && !!(await this.membership(user, opportunity))
  }

  /** Investors save and express interest in published listings. */
  engage(user: User, opportunity: Opportunity): AuthorizerResponse {
    return user.role === 'investor' && opportunity.status === 'published'
  }

  private async isApprovedOwner(user: User, opportunity: Opportunity) {
    const membership = await this.membership(user, opportunity)
    return membership?.role === 'owner' && (await this.organisationIsApproved(opportunity))
  }

  private async organisationIsApproved(opportunity: Opportunity) {
    const organisation =
      opportunity.$preloaded.organisation ?? (await Organisation.find(opportunity.organisationId))
    return (organisation as Organisation | null)?.status === 'approved'
  }

  private membership(user: User, opportunity: Opportunity) {
    if (user.role !== 'partner') return null
    return OrganisationMember.query()
      .where({ organisationId: opportunity.organisationId, userId: user.id })
      .first()
  }
}
