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
}
