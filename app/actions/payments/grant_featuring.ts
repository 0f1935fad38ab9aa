import db from '@adonisjs/lucid/services/db'
import type Opportunity from '#models/opportunity'
import type User from '#models/user'
import FeaturedListing from '#models/featured_listing'
import ActivateFeaturing from '#actions/payments/activate_featuring'
import { paymentsSettings } from '#services/stripe'
import audit from '#services/audit'

/** Staff feature a listing for free (municipal offices usually get it), with the reason kept. */
export default class GrantFeaturing {
  async handle({
    opportunity,
    staff,
    days,
    reason,
  }: {
    opportunity: Opportunity
    staff: User
    days: number
    reason: string
  }) {
    return db.transaction(async (trx) => {
      const featuring = await FeaturedListing.create(
        {
          opportunityId: opportunity.id,
          organisationId: opportunity.organisationId,
          source: 'grant',
          status: 'pending',
          days,
          amount: 0,
          currency: paymentsSettings().currency,
          reason,
          createdById: staff.id,
        },
        { client: trx }
      )
      await audit.record(trx, {
        actor: staff,
        action: 'featuring.granted',
        subject: audit.subject('opportunity', opportunity),
        after: { featuredListingId: featuring.id, days, reason },
      })
      return new ActivateFeaturing().handle({ featuring, actor: staff, trx })
    })
  }
}
