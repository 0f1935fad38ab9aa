import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type Opportunity from '#models/opportunity'
import type User from '#models/user'
import type { OpportunityData } from '#validators/opportunity'
import { applyOpportunityData } from '#actions/opportunities/apply_opportunity_data'
import audit from '#services/audit'

/** A member of the owning organisation edits the listing (all or nothing, audited). */
export default class UpdateOpportunity {
  async handle({
    opportunity,
    actor,
    data,
  }: {
    opportunity: Opportunity
    actor: User
    data: OpportunityData
  }) {
    return db.transaction(async (trx) => {
      const before = await listingSnapshot(opportunity, trx)
      await applyOpportunityData(opportunity, data, trx)
      await audit.record(trx, {
        actor,
        action: 'opportunity.updated',
        subject: audit.subject('opportunity', opportunity),
        before,
        after: await listingSnapshot(opportunity, trx),
      })
      return opportunity
    })
  }
}

/** The listing's columns plus what lives beside the row: its sectors and incentives. */
export async function listingSnapshot(opportunity: Opportunity, trx: QueryClientContract) {
  const sectors = await trx
    .from('opportunity_sectors')
    .where('opportunity_id', opportunity.id)
    .orderBy('sector_id')
    .select('sector_id')
  const incentives = await trx
    .from('opportunity_incentives')
    .where('opportunity_id', opportunity.id)
    .orderBy('position')
    .select('kind', 'amount_eur', 'percentage', 'conditions')
  return audit.snapshot(opportunity, {
    sectorIds: sectors.map((row) => row.sector_id),
    incentives: incentives.map((row) => ({
      kind: row.kind,
      amountEur: row.amount_eur,
      percentage: row.percentage,
      conditions: row.conditions,
    })),
  })
}
