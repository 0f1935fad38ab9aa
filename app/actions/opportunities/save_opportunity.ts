import db from '@adonisjs/lucid/services/db'
import type Opportunity from '#models/opportunity'
import type User from '#models/user'

/** Adds an opportunity to the investor's watchlist ("My saved"); saving twice changes nothing. */
export default class SaveOpportunity {
  async handle({ opportunity, investor }: { opportunity: Opportunity; investor: User }) {
    await db.transaction(async (trx) => {
      const inserted = await trx
        .insertQuery()
        .table('saved_opportunities')
        .insert({ user_id: investor.id, opportunity_id: opportunity.id, created_at: new Date() })
        .onConflict(['user_id', 'opportunity_id'])
        .ignore()
        .returning('user_id')
      if (inserted.length) {
        await trx.from('opportunities').where('id', opportunity.id).increment('saves_count', 1)
      }
    })
  }
}
