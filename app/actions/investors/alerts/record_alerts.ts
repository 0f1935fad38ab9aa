import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { AlertFrequency } from '#enums/matching'
import { queueMail } from '#services/outbox'
import ScoreMatches from '#actions/investors/matching/score_matches'

export interface AlertRecipient {
  userId: number
  frequency: Exclude<AlertFrequency, 'none'>
  savedSearchId: number | null
  score: number
  invitedById?: number | null
  /** Puts the e-mail on this deal's timeline. */
  dealId?: number | null
}

/**
 * Writes one alert per person for a listing, and queues the e-mail of those who want
 * it at once; weekly ones wait for the digest. The unique (user, listing) pair makes
 * a second alert about the same listing impossible: a person who was told already
 * (by a search, a score or staff) gets nothing more. The e-mail carries the match, so it
 * can say why the listing was sent without scoring it again. Returns the alerts written.
 */
export async function recordAlerts(
  trx: TransactionClientContract,
  opportunityId: number,
  recipients: AlertRecipient[],
  mail: 'opportunity_alert' | 'opportunity_invitation' = 'opportunity_alert'
) {
  if (!recipients.length) return []
  const now = DateTime.now().toJSDate()
  const written: { id: number; user_id: number; frequency: AlertFrequency }[] = await trx
    .insertQuery()
    .table('opportunity_alerts')
    .insert(
      recipients.map((recipient) => ({
        user_id: recipient.userId,
        opportunity_id: opportunityId,
        saved_search_id: recipient.savedSearchId,
        score: recipient.score,
        invited_by_id: recipient.invitedById ?? null,
        frequency: recipient.frequency,
        state: recipient.frequency === 'instant' ? 'queued' : 'pending',
        sent_at: recipient.frequency === 'instant' ? now : null,
        created_at: now,
      }))
    )
    .onConflict(['user_id', 'opportunity_id'])
    .ignore()
    .returning(['id', 'user_id', 'frequency'])
  const instant = written.filter((alert) => alert.frequency === 'instant')
  // No user ids would mean every investor: score only when someone is told at once.
  const matches = instant.length
    ? await new ScoreMatches().handle({
        userIds: instant.map((alert) => alert.user_id),
        opportunityIds: [opportunityId],
        minScore: 0,
        limit: instant.length,
        client: trx,
      })
    : []
  for (const alert of instant) {
    const dealId = recipients.find((recipient) => recipient.userId === alert.user_id)?.dealId
    const match = matches.find((each) => each.userId === alert.user_id) ?? null
    await queueMail(trx, mail, { alertId: alert.id, match }, { key: `alert:${alert.id}`, dealId })
  }
  return written
}
