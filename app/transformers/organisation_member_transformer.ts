import type OrganisationMember from '#models/organisation_member'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** A colleague as other members of the same organisation see them. */
export default class OrganisationMemberTransformer extends BaseTransformer<OrganisationMember> {
  toObject() {
    return {
      ...this.pick(this.resource, ['id', 'role', 'createdAt']),
      fullName: this.resource.user.fullName,
      email: this.resource.user.email,
    }
  }

  /** On the partner's dashboard: the organisation they belong to, and as what. */
  forDashboard() {
    const { organisation, role } = this.resource
    return { id: organisation.id, name: organisation.name, status: organisation.status, role }
  }

  /** Staff in the CRM also get the member's CRM contact, when their account has one. */
  forCrm() {
    return { ...this.toObject(), contactId: this.resource.contact?.id ?? null }
  }
}
