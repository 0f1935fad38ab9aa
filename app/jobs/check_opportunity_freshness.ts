import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Opportunity from '#models/opportunity'
import OrganisationMember from '#models/organisation_member'
import OpportunityTransition from '#models/opportunity_transition'
import { transitionOpportunity } from '#actions/opportunities/record_transition'
import { FRESHNESS_DAYS, FRESHNESS_REMINDER_DAYS } from '#enums/opportunity'
import { queueMail } from '#services/outbox'
import type { JobHandler } from '#jobs/payloads'

/**
 * Runs daily (a BullMQ job scheduler in the worker). Reminds partners before a
 * published listing goes stale and pauses it once FRESHNESS_DAYS have passed since
 * its last confirmation, so investors never browse dead listings.
 *
 * Idempotent: `freshness_reminder_days` remembers the last reminder sent since the
 * last confirmation, and a paused listing is no longer published. The e-mails are
 * queued (mail:send) in the same transaction as the mark or the pause.
 */
export default class CheckOpportunityFreshness implements JobHandler<{ now?: string }> {
  async handle(payload: { now?: string }) {
    const now = payload.now ? DateTime.fromISO(payload.now) : DateTime.now()
    const staleBefore = now.minus({ days: FRESHNESS_DAYS })
    let paused = 0
    let reminded = 0

    const stale = await Opportunity.query()
      .withScopes((scopes) => scopes.published())
      .where('confirmedAt', '<=', staleBefore.toSQL()!)
    for (const opportunity of stale) {
      await db.transaction(async (trx) => {
        await transitionOpportunity({
          opportunity,
          to: 'paused',
          actor: null,
          reason: 'freshness',
          trx,
          apply: (listing) => (listing.pausedForFreshness = true),
        })
        const step = await OpportunityTransition.query({ client: trx })
          .where('opportunityId', opportunity.id)
          .orderBy('id', 'desc')
          .firstOrFail()
        await this.forEachMember(trx, opportunity, (userId) =>
          queueMail(
            trx,
            'opportunity_paused',
            { transitionId: step.id, userId },
            { key: `freshness-paused:${step.id}:${userId}` }
          )
        )
      })
      paused++
    }

    // Largest threshold first, so a listing gets each reminder once, in order.
    for (const daysLeft of [...FRESHNESS_REMINDER_DAYS].sort((a, b) => b - a)) {
      const due = await Opportunity.query()
        .withScopes((scopes) => scopes.published())
        .where('confirmedAt', '<=', staleBefore.plus({ days: daysLeft }).toSQL()!)
        .where('confirmedAt', '>', staleBefore.toSQL()!)
        .where((query) => {
          query.whereNull('freshnessReminderDays').orWhere('freshnessReminderDays', '>', daysLeft)
        })
      for (const opportunity of due) {
        const confirmedAt = opportunity.confirmedAt!
        const left = Math.max(
          1,
          Math.ceil(confirmedAt.plus({ days: FRESHNESS_DAYS }).diff(now, 'days').days)
        )
        // The mark and the e-mails commit together: a retried run finds the mark set.
        await db.transaction(async (trx) => {
          opportunity.useTransaction(trx)
          opportunity.freshnessReminderDays = daysLeft
          await opportunity.save()
          await this.forEachMember(trx, opportunity, (userId) =>
            queueMail(
              trx,
              'freshness_reminder',
              { opportunityId: opportunity.id, userId, daysLeft: left },
              { key: `freshness:${opportunity.id}:${confirmedAt.toMillis()}:${daysLeft}:${userId}` }
            )
          )
        })
        reminded++
      }
    }
    return { paused, reminded }
  }

  /** Every member of the listing's organisation gets the e-mail (queued in `trx`). */
  private async forEachMember(
    trx: TransactionClientContract,
    opportunity: Opportunity,
    queue: (userId: number) => Promise<void>
  ) {
    const members = await OrganisationMember.query({ client: trx })
      .where('organisationId', opportunity.organisationId)
      .select('userId')
    for (const { userId } of members) await queue(userId)
  }
}
