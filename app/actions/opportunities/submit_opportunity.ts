import db from '@adonisjs/lucid/services/db'
import type Opportunity from '#models/opportunity'
import type User from '#models/user'
import { transitionOpportunity } from '#actions/opportunities/record_transition'

/** The partner sends a draft (or a rejected listing, corrected) to staff for review. */
export default class SubmitOpportunity {
  async handle({ opportunity, actor }: { opportunity: Opportunity; actor: User }) {
    return db.transaction((trx) =>
      transitionOpportunity({
        opportunity,
        to: 'in_review',
        actor,
        trx,
        apply: (listing) => (listing.rejectionReason = null),
      })
    )
  }
}
