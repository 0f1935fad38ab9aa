import db from '@adonisjs/lucid/services/db'
import type Opportunity from '#models/opportunity'
import type User from '#models/user'
import { transitionOpportunity } from '#actions/opportunities/record_transition'

/** The owner ends a listing: closed (withdrawn) or funded (the investment happened). */
export default class CloseOpportunity {
  async handle({
    opportunity,
    actor,
    outcome,
    reason,
  }: {
    opportunity: Opportunity
    actor: User
    outcome: 'closed' | 'funded'
    reason?: string | null
  }) {
    return db.transaction((trx) =>
      transitionOpportunity({ opportunity, to: outcome, actor, reason, trx })
    )
  }
}
