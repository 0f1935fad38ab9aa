import OrganisationMember from '#models/organisation_member'
import type User from '#models/user'

/**
 * A partner's membership of their organisation (the first one), with the organisation;
 * a user without one answers 404.
 */
export default class FindMembership {
  handle(user: User, { withMunicipality = false }: { withMunicipality?: boolean } = {}) {
    return OrganisationMember.query()
      .where('userId', user.id)
      .preload('organisation', (organisation) => {
        if (withMunicipality) organisation.preload('municipality')
      })
      .orderBy('id')
      .firstOrFail()
  }
}
