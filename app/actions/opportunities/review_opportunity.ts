import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type Opportunity from '#models/opportunity'
import type User from '#models/user'
import OrganisationMember from '#models/organisation_member'
import OpportunityReviewedMail from '#mails/opportunity_reviewed_mail'
import { transitionOpportunity } from '#actions/opportunities/record_transition'
import { deliverMail } from '#services/mailer'
import { absoluteUrlFor } from '#services/app_url'

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
    await db.transaction((trx) =>
      transitionOpportunity({
        opportunity,
        to: decision.approve ? 'published' : 'rejected',
        actor: reviewer,
        reason: decision.approve ? null : decision.reason,
        trx,
        apply: (listing) => {
          if (decision.approve) {
            const now = DateTime.now()
            listing.publishedAt ??= now
            listing.confirmedAt = now
            listing.freshnessReminderDays = null
            listing.rejectionReason = null
          } else {
            listing.rejectionReason = decision.reason
          }
        },
      })
    )

    const members = await OrganisationMember.query()
      .where('organisationId', opportunity.organisationId)
      .preload('user')
    const url = absoluteUrlFor('partner.opportunities.edit', { id: opportunity.id })
    for (const { user } of members) {
      await deliverMail(new OpportunityReviewedMail(user, user.locale, opportunity, url))
    }
    return opportunity
  }
}
