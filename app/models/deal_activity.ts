import type { DateTime } from 'luxon'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { DealActivitySchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import Deal from '#models/deal'
import type { DealActivityKind } from '#enums/crm'

/** One line for a deal's timeline, as every writer of the timeline describes it. */
export interface TimelineEntry {
  dealId: number
  kind: DealActivityKind
  actorId?: number | null
  body?: string | null
  meta?: Record<string, unknown> | null
  /** A line with a key is written once: a retried job or answer adds nothing. */
  dedupeKey?: string | null
  occurredAt?: DateTime | Date
  createdAt?: DateTime | Date
}

/** One line of a deal's timeline. Internal: only staff ever see it. */
export default class DealActivity extends DealActivitySchema {
  @belongsTo(() => User, { foreignKey: 'actorId' })
  declare actor: BelongsTo<typeof User>

  @belongsTo(() => Deal)
  declare deal: BelongsTo<typeof Deal>

  /**
   * The only writer of timeline rows (notes, stage changes, e-mails, reminders…), in
   * the caller's transaction so the line exists exactly when the change does. One
   * statement for many lines; lines whose key is already there are skipped.
   */
  static async record(client: QueryClientContract, entries: TimelineEntry | TimelineEntry[]) {
    const now = new Date()
    const rows = (Array.isArray(entries) ? entries : [entries]).map((entry) => ({
      deal_id: entry.dealId,
      kind: entry.kind,
      actor_id: entry.actorId ?? null,
      body: entry.body ?? null,
      meta: entry.meta ? JSON.stringify(entry.meta) : null,
      dedupe_key: entry.dedupeKey ?? null,
      occurred_at: toDate(entry.occurredAt ?? now),
      created_at: toDate(entry.createdAt ?? now),
    }))
    if (!rows.length) return
    // NULL keys never conflict, so lines without a key are always written.
    await client
      .insertQuery()
      .table('deal_activities')
      .multiInsert(rows)
      .onConflict('dedupe_key')
      .ignore()
  }
}

function toDate(value: DateTime | Date) {
  return value instanceof Date ? value : value.toJSDate()
}
