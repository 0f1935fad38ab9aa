import db from '@adonisjs/lucid/services/db'
import Opportunity from '#models/opportunity'
import SavedOpportunity from '#models/saved_opportunity'
import type User from '#models/user'

/** Adds an opportunity to the investor's watchlist ("My saved"); saving twice changes nothing. */
export default class SaveOpportunity {
  async handle({ opportunity, investor }: { opportunity: Opportunity; investor: User }) {
    await db.transaction(async (trx) => {
      if (await SavedOpportunity.add(trx, investor.id, opportunity.id)) {
        await Opportunity.countSave(trx, opportunity.id, 1)
      }
    })
  }
}
