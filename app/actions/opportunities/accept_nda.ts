import db from '@adonisjs/lucid/services/db'
import NdaAcceptance from '#models/nda_acceptance'
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
    await NdaAcceptance.accept(db.connection(), {
      userId: investor.id,
      opportunityId: opportunity.id,
      ipAddress,
    })
  }
}
