import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { NdaAcceptanceSchema } from '#database/schema'

/**
 * An investor's acceptance of one listing's data-room terms. The pair (investor,
 * listing) is the key, which Lucid cannot express, so accepting is done here.
 */
export default class NdaAcceptance extends NdaAcceptanceSchema {
  static table = 'nda_acceptances'

  /** Records the acceptance once; accepting again keeps the first date and address. */
  static async accept(
    client: QueryClientContract,
    {
      userId,
      opportunityId,
      ipAddress,
    }: { userId: number; opportunityId: number; ipAddress: string | null }
  ) {
    await client
      .insertQuery()
      .table(this.table)
      .insert({
        user_id: userId,
        opportunity_id: opportunityId,
        ip_address: ipAddress,
        accepted_at: new Date(),
      })
      .onConflict(['user_id', 'opportunity_id'])
      .ignore()
  }

  static async exists(userId: number, opportunityId: number) {
    return Boolean(await this.query().where({ userId, opportunityId }).first())
  }
}
