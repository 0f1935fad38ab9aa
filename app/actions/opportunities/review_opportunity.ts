import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type Opportunity from '#models/opportunity'
import type User from '#models/user'
import OrganisationMember from '#models/organisation_member'
import OpportunityTransition from '#models/opportunity_transition'
import { transitionOpportunity } from '#actions/opportunities/record_transition'
import { enqueue, queueMail } from '#services/outbox'

type Decision = { approve: true } | { approve: false; reason: string }

/** Staff publish a listing under review, or send it back with a reason; the partner is e-mailed. */
export default class ReviewOpportunity {
  async handle({
    opportunity,
    reviewer,
    decision,
  }: {
    opportunity: Opportunity
    reviewer: User
    decision: Decision
  }) {
    await db.transaction(async (trx) => {
      await transitionOpportunity({
        opportunity,
        to: decision.approve ? 'published' : 'rejected',
        actor: reviewer,
        reason: decision.approve ? null : decision.reason,
        trx,
        apply: (listing) => {
          if (decision.approve) {
            const now = DateTime.now()
            listing.publishedAt ??= now
            listing.markConfirmed(now)
            listing.rejectionReason = null
          } else {
            listing.rejectionReason = decision.reason
          }
        },
      })
      // The e-mail tells the outcome of this very step, whatever happens to the listing next.
      const step = await OpportunityTransition.query({ client: trx })
        .where('opportunityId', opportunity.id)
        .orderBy('id', 'desc')
        .firstOrFail()
      const members = await OrganisationMember.query({ client: trx })
        .where('organisationId', opportunity.organisationId)
        .select('userId')
      for (const { userId } of members) {
        await queueMail(
          trx,
          'opportunity_reviewed',
          { transitionId: step.id, userId },
          { key: `opportunity-reviewed:${step.id}:${userId}` }
        )
      }
      // Investors whose saved searches or profiles fit hear about it (once per listing).
      if (decision.approve) {
        await enqueue(
          trx,
          'alerts:opportunity-published',
          { opportunityId: opportunity.id },
          { key: `alerts:published:${opportunity.id}` }
        )
      }
    })
    return opportunity
  }
}
