import { AuthorizationResponse, BasePolicy, allowGuest } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import type Opportunity from '#models/opportunity'
import Organisation from '#models/organisation'
import OrganisationMember from '#models/organisation_member'
import { canTransition } from '#enums/opportunity'

/**
 * Who may do what with a listing. Members of the owning organisation edit it; staff
 * review it; the owner of an approved organisation pauses, resumes and closes it.
 */
export default class OpportunityPolicy extends BasePolicy {
  /**
   * Published listings are public; the rest only for their partner and staff. To anyone
   * else an unpublished listing does not exist (404), so drafts leak not even their slug.
   */
  @allowGuest()
  async view(user: User | null, opportunity: Opportunity): Promise<AuthorizerResponse> {
    if (opportunity.status === 'published') return true
    if (user?.isStaff) return true
    if (user && (await this.membership(user, opportunity))) return true
    return AuthorizationResponse.deny('Not found', 404)
  }

  /** The partner's own view: statistics, history, who opened which document. */
  async manage(user: User, opportunity: Opportunity): Promise<AuthorizerResponse> {
    return this.asMember(user, opportunity, () => true)
  }

  async edit(user: User, opportunity: Opportunity): Promise<AuthorizerResponse> {
    return this.asMember(
      user,
      opportunity,
      () => opportunity.status !== 'closed' && opportunity.status !== 'funded'
    )
  }

  /** Only an approved organisation may send listings for review. */
  async submit(user: User, opportunity: Opportunity): Promise<AuthorizerResponse> {
    return this.asMember(
      user,
      opportunity,
      async () =>
        canTransition(opportunity.status, 'in_review') &&
        (await this.organisationIsApproved(opportunity))
    )
  }

  review(user: User, opportunity: Opportunity): AuthorizerResponse {
    return user.isStaff && opportunity.status === 'in_review'
  }

  async pause(user: User, opportunity: Opportunity): Promise<AuthorizerResponse> {
    return this.asMember(
      user,
      opportunity,
      async () =>
        opportunity.status === 'published' && (await this.isApprovedOwner(user, opportunity))
    )
  }

  async resume(user: User, opportunity: Opportunity): Promise<AuthorizerResponse> {
    return this.asMember(
      user,
      opportunity,
      async () => opportunity.status === 'paused' && (await this.isApprovedOwner(user, opportunity))
    )
  }

  async close(user: User, opportunity: Opportunity): Promise<AuthorizerResponse> {
    return this.asMember(
      user,
      opportunity,
      async () =>
        ['published', 'paused'].includes(opportunity.status) &&
        (await this.isApprovedOwner(user, opportunity))
    )
  }

  /** Any member confirms the listing is current (or brings back one paused for staleness). */
  async reconfirm(user: User, opportunity: Opportunity): Promise<AuthorizerResponse> {
    return this.asMember(
      user,
      opportunity,
      () =>
        opportunity.status === 'published' ||
        (opportunity.status === 'paused' && opportunity.pausedForFreshness)
    )
  }

  /** Investors save and express interest in published listings. */
  engage(user: User, opportunity: Opportunity): AuthorizerResponse {
    return user.role === 'investor' && opportunity.status === 'published'
  }

  /**
   * Partner abilities: `allowed` decides for members of the owning organisation. Anyone
   * else is refused, and a listing that is not public is not even admitted to exist (404).
   */
  private async asMember(
    user: User,
    opportunity: Opportunity,
    allowed: () => boolean | Promise<boolean>
  ): Promise<AuthorizerResponse> {
    if (await this.membership(user, opportunity)) return allowed()
    if (opportunity.status === 'published') return false
    return AuthorizationResponse.deny('Not found', 404)
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
