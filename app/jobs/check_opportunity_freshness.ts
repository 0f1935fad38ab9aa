import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Opportunity from '#models/opportunity'
import OrganisationMember from '#models/organisation_member'
import FreshnessReminderMail from '#mails/freshness_reminder_mail'
import OpportunityPausedMail from '#mails/opportunity_paused_mail'
import { transitionOpportunity } from '#actions/opportunities/record_transition'
import { FRESHNESS_DAYS, FRESHNESS_REMINDER_DAYS } from '#enums/opportunity'
import { deliverMail } from '#services/mailer'
import { absoluteUrlFor } from '#services/app_url'
import type { JobHandler } from '#jobs/registry'

/**
 * Runs daily (a BullMQ job scheduler in the worker). Reminds partners before a
 * published listing goes stale and pauses it once FRESHNESS_DAYS have passed since
 * its last confirmation, so investors never browse dead listings.
 *
 * Idempotent: `freshness_reminder_days` remembers the last reminder sent since the
 * last confirmation, and a paused listing is no longer published.
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
      await db.transaction((trx) =>
        transitionOpportunity({
          opportunity,
          to: 'paused',
          actor: null,
          reason: 'freshness',
          trx,
          apply: (listing) => (listing.pausedForFreshness = true),
        })
      )
      await this.tellMembers(
        opportunity,
        (user, url) => new OpportunityPausedMail(user, user.locale, opportunity, url)
      )
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
        const left = Math.max(
          1,
          Math.ceil(opportunity.confirmedAt!.plus({ days: FRESHNESS_DAYS }).diff(now, 'days').days)
        )
        opportunity.freshnessReminderDays = daysLeft
        await opportunity.save()
        await this.tellMembers(
          opportunity,
          (user, url) => new FreshnessReminderMail(user, user.locale, opportunity, left, url)
        )
        reminded++
      }
    }
    return { paused, reminded }
  }

  private async tellMembers(
    opportunity: Opportunity,
    mail: (
      user: OrganisationMember['user'],
      url: string
    ) => FreshnessReminderMail | OpportunityPausedMail
  ) {
    const members = await OrganisationMember.query()
      .where('organisationId', opportunity.organisationId)
      .preload('user')
    const url = absoluteUrlFor('partner.opportunities.edit', { id: opportunity.id })
    for (const { user } of members) await deliverMail(mail(user, url))
  }
}
