import db from '@adonisjs/lucid/services/db'
import Opportunity from '#models/opportunity'
import InvestorProfile from '#models/investor_profile'
import MatchSavedSearches from '#actions/investors/alerts/match_saved_searches'
import ScoreMatches from '#actions/investors/matching/score_matches'
import { recordAlerts, type AlertRecipient } from '#actions/investors/alerts/record_alerts'
import { ALERT_MAX_SCORED_RECIPIENTS, ALERT_MIN_SCORE } from '#enums/matching'
import type { JobHandler } from '#jobs/payloads'

/**
 * A listing was published: tell the investors it concerns. Those whose saved search
 * finds it, at the search's frequency, and those it scores highly for, at the
 * frequency of their profile's recommendations; instant beats weekly when both apply.
 * Only investors who agreed to marketing e-mail. Idempotent: a rerun finds every
 * alert already written (unique per person and listing) and sends nothing more.
 */
export default class SendOpportunityAlerts implements JobHandler<{ opportunityId: number }> {
  async handle({ opportunityId }: { opportunityId: number }) {
    const opportunity = await Opportunity.find(opportunityId)
    if (!opportunity?.isPublished) return { alerted: 0 }

    const recipients = new Map<number, AlertRecipient>()
    const add = (candidate: AlertRecipient) => {
      const known = recipients.get(candidate.userId)
      recipients.set(candidate.userId, {
        userId: candidate.userId,
        frequency:
          known?.frequency === 'instant' || candidate.frequency === 'instant'
            ? 'instant'
            : 'weekly',
        savedSearchId: known?.savedSearchId ?? candidate.savedSearchId,
        score: Math.max(known?.score ?? 0, candidate.score),
      })
    }

    for (const search of await new MatchSavedSearches().handle(opportunity.id)) {
      if (search.frequency === 'none') continue
      add({
        userId: search.userId,
        frequency: search.frequency,
        savedSearchId: search.id,
        score: 0,
      })
    }

    const scoring = new ScoreMatches()
    const matches = await scoring.forOpportunity(opportunity.id, {
      minScore: ALERT_MIN_SCORE,
      consentedOnly: true,
      limit: ALERT_MAX_SCORED_RECIPIENTS,
    })
    const profiles = await InvestorProfile.query()
      .whereIn(
        'userId',
        matches.map((match) => match.userId)
      )
      .select('userId', 'recommendationFrequency')
    for (const match of matches) {
      const frequency = profiles.find((p) => p.userId === match.userId)?.recommendationFrequency
      if (!frequency || frequency === 'none') continue
      add({ userId: match.userId, frequency, savedSearchId: null, score: match.score })
    }

    // Saved-search recipients below the threshold still get their score recorded.
    const unscored = [...recipients.values()].filter((recipient) => recipient.score === 0)
    if (unscored.length) {
      const scores = await scoring.handle({
        userIds: unscored.map((recipient) => recipient.userId),
        opportunityIds: [opportunity.id],
        minScore: 0,
        limit: unscored.length,
      })
      for (const match of scores) recipients.get(match.userId)!.score = match.score
    }

    const written = await db.transaction((trx) =>
      recordAlerts(trx, opportunity.id, [...recipients.values()])
    )
    return { alerted: written.length }
  }
}
