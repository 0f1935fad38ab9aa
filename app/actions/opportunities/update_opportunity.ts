import db from '@adonisjs/lucid/services/db'
import type Opportunity from '#models/opportunity'
import type { OpportunityData } from '#validators/opportunity'
import { applyOpportunityData } from '#actions/opportunities/apply_opportunity_data'

/** A member of the owning organisation edits the listing (all or nothing). */
export default class UpdateOpportunity {
  async handle({ opportunity, data }: { opportunity: Opportunity; data: OpportunityData }) {
    return db.transaction((trx) => applyOpportunityData(opportunity, data, trx))
  }
}
