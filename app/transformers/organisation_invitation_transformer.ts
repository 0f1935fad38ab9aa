import type OrganisationInvitation from '#models/organisation_invitation'
import { BaseTransformer } from '@adonisjs/core/transformers'

export default class OrganisationInvitationTransformer extends BaseTransformer<OrganisationInvitation> {
  toObject() {
    return this.pick(this.resource, ['id', 'email', 'expiresAt', 'acceptedAt', 'createdAt'])
  }

  /** The invited colleague's "join" page: which address, and which organisation. */
  forAcceptance() {
    return { email: this.resource.email, organisationName: this.resource.organisation.name }
  }
}
