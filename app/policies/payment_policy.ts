import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import type Opportunity from '#models/opportunity'
import type Payment from '#models/payment'
import Organisation from '#models/organisation'
import OrganisationMember from '#models/organisation_member'

/** Organisation kinds that buy featuring; municipal offices get it granted by staff. */
export const featuringBuyerKinds = ['company', 'technology_park'] as const

/**
 * Who may pay for what, and see which payments. Members buy featuring for their own
 * organisation's published listings; staff grant it, see every payment and refund.
 */
export default class PaymentPolicy extends BasePolicy {
  async buyFeaturing(user: User, opportunity: Opportunity): Promise<AuthorizerResponse> {
    const member =
      user.role === 'partner' &&
      (await OrganisationMember.query()
        .where({ organisationId: opportunity.organisationId, userId: user.id })
        .first())
    // Someone else's unpublished listing is not admitted to exist.
    if (!member) {
      return opportunity.status === 'published'
        ? false
        : AuthorizationResponse.deny('Not found', 404)
    }
    if (opportunity.status !== 'published') return false
    const organisation = await Organisation.findOrFail(opportunity.organisationId)
    return (
      organisation.status === 'approved' &&
      (featuringBuyerKinds as readonly string[]).includes(organisation.kind)
    )
  }

  grantFeaturing(user: User): AuthorizerResponse {
    return user.isStaff
  }

  /** Every organisation's and investor's payments, the CSV and refunds. */
  viewAll(user: User): AuthorizerResponse {
    return user.isStaff
  }

  refund(user: User, payment: Payment): AuthorizerResponse {
    return (
      user.isStaff &&
      payment.kind === 'charge' &&
      payment.product === 'featured_listing' &&
      !!payment.stripePaymentIntentId
    )
  }

  joinClub(user: User): AuthorizerResponse {
    return user.role === 'investor'
  }
}
