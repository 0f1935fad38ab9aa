import db from '@adonisjs/lucid/services/db'
import type Opportunity from '#models/opportunity'
import type User from '#models/user'
import { transitionOpportunity } from '#actions/opportunities/record_transition'

/** The organisation's owner takes a published listing off the marketplace for a while. */
export default class PauseOpportunity {
  async handle({
    opportunity,
    actor,
    reason,
  }: {
    opportunity: Opportunity
    actor: User
    reason?: string | null
  }) {
    return db.transaction((trx) =>
      transitionOpportunity({ opportunity, to: 'paused', actor, reason, trx })
    )
  }
}
