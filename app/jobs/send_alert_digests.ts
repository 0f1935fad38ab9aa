import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { queueMail } from '#services/outbox'
import ScoreMatches from '#actions/investors/matching/score_matches'
import type { JobHandler } from '#jobs/payloads'

/**
 * Weekly: one e-mail per investor listing every alert collected for the digest since
 * the last one. Alerts of investors who withdrew their consent meanwhile are withheld,
 * never sent later. The alerts are locked and marked in the transaction that queues
 * the e-mail, so a rerun or a second worker finds nothing left to send. Each e-mail carries
 * the investor's matches with the listings, so it can say why each one is in it.
 */
export default class SendAlertDigests implements JobHandler<{ now?: string }> {
  async handle(payload: { now?: string }) {
    const now = payload.now ? DateTime.fromISO(payload.now) : DateTime.now()
    return db.transaction(async (trx) => {
      const pending = await trx
        .from('opportunity_alerts')
        .join('users', 'users.id', 'opportunity_alerts.user_id')
        .where('opportunity_alerts.state', 'pending')
        .select(
          'opportunity_alerts.id',
          'opportunity_alerts.user_id',
          'opportunity_alerts.opportunity_id',
          'users.marketing_opt_in'
        )
        .orderBy('opportunity_alerts.id')
        .forUpdate('opportunity_alerts')
        .skipLocked()
      const byUser = new Map<number, number[]>()
      const listingsOf = new Map<number, number[]>()
      const withheld: number[] = []
      for (const alert of pending) {
        if (!alert.marketing_opt_in) {
          withheld.push(alert.id)
          continue
        }
        byUser.set(alert.user_id, [...(byUser.get(alert.user_id) ?? []), alert.id])
        listingsOf.set(alert.user_id, [
          ...(listingsOf.get(alert.user_id) ?? []),
          alert.opportunity_id,
        ])
      }
      for (const [userId, alertIds] of byUser) {
        const opportunityIds = listingsOf.get(userId)!
        const matches = await new ScoreMatches().handle({
          userIds: [userId],
          opportunityIds,
          minScore: 0,
          limit: opportunityIds.length,
          client: trx,
        })
        await queueMail(
          trx,
          'alert_digest',
          { userId, alertIds, matches },
          { key: `alert-digest:${userId}:${alertIds[0]}` }
        )
      }
      const sent = [...byUser.values()].flat()
      if (sent.length) {
        await trx
          .from('opportunity_alerts')
          .whereIn('id', sent)
          .update({ state: 'queued', sent_at: now.toJSDate() })
      }
      if (withheld.length) {
        await trx.from('opportunity_alerts').whereIn('id', withheld).update({ state: 'withheld' })
      }
      return { digests: byUser.size, alerts: sent.length, withheld: withheld.length }
    })
  }
}
