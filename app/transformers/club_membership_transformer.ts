import type ClubMembership from '#models/club_membership'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** An investor's own view of their Investor Club membership. */
export default class ClubMembershipTransformer extends BaseTransformer<ClubMembership> {
  toObject() {
    return {
      ...this.pick(this.resource, [
        'id',
        'plan',
        'status',
        'currentPeriodEnd',
        'cancelAtPeriodEnd',
        'canceledAt',
      ]),
      active: this.resource.grantsBenefits,
    }
  }
}
