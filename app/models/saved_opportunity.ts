import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { SavedOpportunitySchema } from '#database/schema'

/**
 * A listing on an investor's watchlist ("My saved"). The pair (investor, listing) is the
 * key, which Lucid cannot express, so adding and removing are done here, for the table.
 */
export default class SavedOpportunity extends SavedOpportunitySchema {
  static table = 'saved_opportunities'

  /** Saves the listing; false when the investor had saved it already. */
  static async add(client: QueryClientContract, userId: number, opportunityId: number) {
    const inserted = await client
      .insertQuery()
      .table(this.table)
      .insert({ user_id: userId, opportunity_id: opportunityId, created_at: new Date() })
      .onConflict(['user_id', 'opportunity_id'])
      .ignore()
      .returning('user_id')
    return inserted.length > 0
  }

  /** Removes the listing from the watchlist; false when it was not on it. */
  static async remove(client: QueryClientContract, userId: number, opportunityId: number) {
    const deleted = await this.query({ client }).where({ userId, opportunityId }).delete()
    return Number(deleted) > 0
  }

  /** Whether the investor has saved the listing. */
  static async has(userId: number, opportunityId: number, client?: QueryClientContract) {
    return Boolean(await this.query({ client }).where({ userId, opportunityId }).first())
  }
}
