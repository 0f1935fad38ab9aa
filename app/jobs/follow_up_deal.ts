import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { queueMail } from '#services/outbox'
import type { JobHandler } from '#jobs/payloads'

type Payload = { dealId: number; since: string; now?: string }

/**
 * N days after an accepted introduction: if the owner logged nothing since (note,
 * call or meeting), give them a task and an e-mail. When something was logged, the
 * job has nothing to do — that is how it is "cancelled".
 */
export default class FollowUpDeal implements JobHandler<Payload> {
  async handle({ dealId, since, now }: Payload) {
    const at = now ? DateTime.fromISO(now) : DateTime.now()
    return db.transaction(async (trx) => {
      const deal = await trx.from('deals').where('id', dealId).forUpdate().first()
      if (!deal || deal.closed_at) return { reminded: false }
      const activity = await trx
        .from('deal_activities')
        .where('deal_id', dealId)
        .whereIn('kind', ['note', 'call', 'meeting'])
        .where('occurred_at', '>', DateTime.fromISO(since).toJSDate())
        .first()
      if (activity) return { reminded: false }

      const key = `follow-up:${dealId}:${since}`
      await trx
        .insertQuery()
        .table('deal_tasks')
        .insert({
          deal_id: dealId,
          assignee_id: deal.owner_id,
          title: 'Follow up on the introduction',
          due_at: at.plus({ days: 1 }).toJSDate(),
          dedupe_key: key,
          created_at: at.toJSDate(),
          updated_at: at.toJSDate(),
        })
        .onConflict('dedupe_key')
        .ignore()
      if (deal.owner_id) {
        await queueMail(trx, 'crm_notice', { notice: 'follow_up', dealId }, { key, dealId })
      }
      return { reminded: true }
    })
  }
}
