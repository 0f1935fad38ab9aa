import db from '@adonisjs/lucid/services/db'
import type Opportunity from '#models/opportunity'
import type User from '#models/user'
import { transitionOpportunity } from '#actions/opportunities/record_transition'

/**
 * The partner confirms a published listing is still current (every 90 days), or
 * brings back one the freshness job paused. Recorded in the history like a transition.
 */
export default class ReconfirmOpportunity {
  async handle({
    opportunity,
    actor,
    reason = 'reconfirmed',
  }: {
    opportunity: Opportunity
    actor: User
    reason?: 'reconfirmed' | null
  }) {
    return db.transaction((trx) =>
      transitionOpportunity({
        opportunity,
        to: 'published',
        actor,
        reason,
        trx,
        apply: (listing) => listing.markConfirmed(),
      })
    )
  }
}
