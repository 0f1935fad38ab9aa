import type { BaseMail } from '@adonisjs/mail'
import User from '#models/user'
import Opportunity from '#models/opportunity'
import OpportunityTransition from '#models/opportunity_transition'
import OpportunityReviewedMail from '#mails/opportunity_reviewed_mail'
import FreshnessMail from '#mails/freshness_mail'
import { absoluteUrlFor } from '#services/app_url'

/** Listing e-mails to a partner's members, rebuilt by the `mail:send` job from ids. */

const listingUrl = (opportunity: Opportunity) =>
  absoluteUrlFor('partner.opportunities.edit', { id: opportunity.id })

/** The step in the listing's history the e-mail is about, with its listing. */
async function loadStep(transitionId: number) {
  const step = await OpportunityTransition.findOrFail(transitionId)
  const opportunity = await Opportunity.findOrFail(step.opportunityId)
  return { step, opportunity }
}

export const listingMailBuilders = {
  async opportunity_reviewed({
    transitionId,
    userId,
  }: {
    transitionId: number
    userId: number
  }): Promise<BaseMail> {
    const { step, opportunity } = await loadStep(transitionId)
    const user = await User.findOrFail(userId)
    return new OpportunityReviewedMail(user, user.locale, opportunity, listingUrl(opportunity), {
      published: step.toStatus === 'published',
      reason: step.reason,
    })
  },

  async freshness_reminder({
    opportunityId,
    userId,
    daysLeft,
  }: {
    opportunityId: number
    userId: number
    daysLeft: number
  }): Promise<BaseMail | null> {
    const opportunity = await Opportunity.findOrFail(opportunityId)
    // Paused, closed or re-confirmed meanwhile: nothing to remind of.
    if (opportunity.status !== 'published' || opportunity.freshnessReminderDays === null) {
      return null
    }
    const user = await User.findOrFail(userId)
    return new FreshnessMail(user, user.locale, opportunity, daysLeft, listingUrl(opportunity))
  },

  async opportunity_paused({
    transitionId,
    userId,
  }: {
    transitionId: number
    userId: number
  }): Promise<BaseMail> {
    const { opportunity } = await loadStep(transitionId)
    const user = await User.findOrFail(userId)
    return new FreshnessMail(user, user.locale, opportunity, null, listingUrl(opportunity))
  },
}
