import type Organisation from '#models/organisation'
import OrganisationMember from '#models/organisation_member'
import OrganisationInvitation from '#models/organisation_invitation'

/** A partner's own organisation page: the organisation, its members and open invitations. */
export default class ShowOrganisation {
  async handle({ organisation }: { organisation: Organisation }) {
    await organisation.load('country')
    await organisation.load('municipality')
    const members = await OrganisationMember.query()
      .where('organisationId', organisation.id)
      .preload('user')
      .orderBy('id')
    const invitations = await OrganisationInvitation.query()
      .where('organisationId', organisation.id)
      .whereNull('acceptedAt')
      .orderBy('id', 'desc')
    return { organisation, members, invitations }
  }
}
