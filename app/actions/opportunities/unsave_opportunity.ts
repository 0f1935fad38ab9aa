import db from '@adonisjs/lucid/services/db'
import type Opportunity from '#models/opportunity'
import type User from '#models/user'

/** Removes an opportunity from the investor's watchlist. */
export default class UnsaveOpportunity {
  async handle({ opportunity, investor }: { opportunity: Opportunity; investor: User }) {
    await db.transaction(async (trx) => {
      const deleted = await trx
        .from('saved_opportunities')
        .where({ user_id: investor.id, opportunity_id: opportunity.id })
        .delete()
      if (Number(deleted) > 0) {
        await trx
          .from('opportunities')
          .where('id', opportunity.id)
          .where('saves_count', '>', 0)
          .decrement('saves_count', 1)
      }
    })
  }
}
