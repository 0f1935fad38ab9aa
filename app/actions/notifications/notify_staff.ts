import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract, TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { NotificationKind } from '#enums/notification'
import { announceNotification } from '#services/live_notifications'
import { queueMail } from '#services/outbox'

export interface StaffNotice {
  /** Who hears of it; the one who caused it (the actor) never notifies themselves. */
  userIds: number[]
  kind: NotificationKind
  dealId?: number | null
  actorId?: number | null
  /** What the message names (deal title, task, sender, excerpt…): strings only. */
  data?: Record<string, string>
  /**
   * Names the event, so a retried job or a repeated call notifies once per person:
   * `reply:<message id>`, `task-due:<task>:<due ms>`…
   */
  key: string
  /** The caller's transaction: the notifications exist exactly when its change does. */
  trx?: QueryClientContract
}

/**
 * The one writer of staff notifications, for every part of Most that has news for a
 * colleague (deals assigned, replies received, tasks due, mentions). Stores one row per
 * person, then, once committed, tells their open tabs through Transmit. A mention also
 * goes out by e-mail to whoever asked for that in their account settings.
 */
export default class NotifyStaff {
  async handle(notice: StaffNotice) {
    const recipients = [...new Set(notice.userIds)].filter((id) => id !== notice.actorId)
    if (!recipients.length) return []
    const write = async (client: QueryClientContract) => {
      // Staff only: a partner or investor id here would be a caller's mistake.
      const staff = await client
        .from('users')
        .whereIn('id', recipients)
        .whereIn('role', ['staff', 'admin'])
        .select('id', 'email_on_mention')
      if (!staff.length) return []
      const now = new Date()
      const rows: {
        id: number
        user_id: number
        kind: NotificationKind
        deal_id: number | null
      }[] = await client
        .insertQuery()
        .table('notifications')
        .multiInsert(
          staff.map((user) => ({
            user_id: user.id,
            kind: notice.kind,
            deal_id: notice.dealId ?? null,
            actor_id: notice.actorId ?? null,
            data: JSON.stringify(notice.data ?? {}),
            dedupe_key: `${notice.key}:${user.id}`,
            created_at: now,
          }))
        )
        .onConflict('dedupe_key')
        .ignore()
        .returning(['id', 'user_id', 'kind', 'deal_id'])
      const byEmail = new Set(staff.filter((user) => user.email_on_mention).map((user) => user.id))
      for (const row of rows) {
        if (row.kind === 'mention' && byEmail.has(row.user_id)) {
          await queueMail(
            client,
            'staff_mention',
            { notificationId: row.id },
            { key: `notification:${row.id}`, dealId: row.deal_id }
          )
        }
      }
      return rows.map((row) => ({
        id: row.id,
        userId: row.user_id,
        kind: row.kind,
        dealId: row.deal_id,
      }))
    }

    if (notice.trx && 'after' in notice.trx) {
      const created = await write(notice.trx)
      ;(notice.trx as TransactionClientContract).after('commit', () =>
        created.forEach(announceNotification)
      )
      return created
    }
    const created = notice.trx ? await write(notice.trx) : await db.transaction(write)
    created.forEach(announceNotification)
    return created
  }
}
