import db from '@adonisjs/lucid/services/db'
import Opportunity from '#models/opportunity'
import SavedOpportunity from '#models/saved_opportunity'
import type User from '#models/user'

/** Removes an opportunity from the investor's watchlist. */
export default class UnsaveOpportunity {
  async handle({ opportunity, investor }: { opportunity: Opportunity; investor: User }) {
    await db.transaction(async (trx) => {
      if (await SavedOpportunity.remove(trx, investor.id, opportunity.id)) {
        await Opportunity.countSave(trx, opportunity.id, -1)
      }
    })
  }
}
