import Introduction from '#models/introduction'
import OrganisationMember from '#models/organisation_member'
import type User from '#models/user'

/**
 * A partner's inbox: the introductions to any of their organisations, open ones first
 * (soonest deadline first), then the answered ones, newest first.
 */
export default class ListPartnerIntroductions {
  async handle(user: User, { limit = 50 }: { limit?: number } = {}) {
    return Introduction.query()
      .whereIn(
        'organisationId',
        OrganisationMember.query().select('organisationId').where('userId', user.id)
      )
      .withScopes((scopes) => scopes.withDealSummary())
      .orderByRaw(`case when status = 'requested' then 0 else 1 end`)
      .orderByRaw(`case when status = 'requested' then due_at end asc`)
      .orderBy('requestedAt', 'desc')
      .limit(limit)
  }
}
