import db from '@adonisjs/lucid/services/db'
import type Opportunity from '#models/opportunity'
import type User from '#models/user'
import { transitionOpportunity } from '#actions/opportunities/record_transition'

/**
 * A paused listing goes back on the marketplace. Resuming is also re-confirming:
 * the partner vouches that the data is current again.
 */
export default class ResumeOpportunity {
  async handle({ opportunity, actor }: { opportunity: Opportunity; actor: User }) {
    return db.transaction((trx) =>
      transitionOpportunity({
        opportunity,
        to: 'published',
        actor,
        trx,
        apply: (listing) => listing.markConfirmed(),
      })
    )
  }
}
