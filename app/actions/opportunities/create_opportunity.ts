import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Opportunity from '#models/opportunity'
import type Organisation from '#models/organisation'
import type User from '#models/user'
import type { OpportunityData } from '#validators/opportunity'
import { applyOpportunityData } from '#actions/opportunities/apply_opportunity_data'
import { recordTransition } from '#actions/opportunities/record_transition'
import { listingSnapshot } from '#actions/opportunities/update_opportunity'
import audit from '#services/audit'

/**
 * A partner starts a listing for their organisation; it begins as a draft. An import
 * passes its own transaction, so a whole file is stored or nothing.
 */
export default class CreateOpportunity {
  async handle({
    organisation,
    author,
    data,
    trx: outer,
    refreshSearch = true,
  }: {
    organisation: Organisation
    author: User
    data: OpportunityData
    trx?: TransactionClientContract
    /** false: the caller refreshes the search columns itself (an import, in bulk). */
    refreshSearch?: boolean
  }) {
    const create = async (trx: TransactionClientContract) => {
      const opportunity = new Opportunity()
      opportunity.organisationId = organisation.id
      opportunity.createdById = author.id
      opportunity.status = 'draft'
      await applyOpportunityData(opportunity, data, trx, { refreshSearch })
      await recordTransition({ opportunity, from: null, to: 'draft', actor: author, trx })
      await audit.record(trx, {
        actor: author,
        action: 'opportunity.created',
        subject: audit.subject('opportunity', opportunity),
        after: await listingSnapshot(opportunity, trx),
      })
      return opportunity
    }
    return outer ? create(outer) : db.transaction(create)
  }
}
