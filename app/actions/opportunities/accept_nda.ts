import db from '@adonisjs/lucid/services/db'
import type Opportunity from '#models/opportunity'
import type User from '#models/user'

/** The investor accepts the confidentiality terms of one opportunity's data room. */
export default class AcceptNda {
  async handle({
    opportunity,
    investor,
    ipAddress,
  }: {
    opportunity: Opportunity
    investor: User
    ipAddress: string | null
  }) {
    await db
      .insertQuery()
      .table('nda_acceptances')
      .insert({
        user_id: investor.id,
        opportunity_id: opportunity.id,
        ip_address: ipAddress,
        accepted_at: new Date(),
      })
      .onConflict(['user_id', 'opportunity_id'])
      .ignore()
  }
}

/** The rule lives on the model, so policies need no action; kept for existing imports. */
