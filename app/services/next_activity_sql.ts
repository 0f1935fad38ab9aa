import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import type { NextActivityState } from '#enums/meeting'

/**
 * A deal's next activity, as the board's cards and the deal list show it and filter by it:
 * its earliest open task (however late) or its earliest meeting still ahead (a confirmed
 * one's time, a proposed one's first candidate time not yet past). Overdue means an open
 * task past due; today and later are counted in the reader's own zone.
 */
export interface ActivityClock {
  now: Date
  /** Midnight starting tomorrow in the reader's zone. */
  tomorrow: Date
}

export function activityClock(zone: string, now = DateTime.now()): ActivityClock {
  return {
    now: now.toJSDate(),
    tomorrow: now.setZone(zone).startOf('day').plus({ days: 1 }).toJSDate(),
  }
}

/**
 * `LEFT JOIN LATERAL … AS next_activity` (kind, title, at) for the deal whose id is in
 * `dealId`: three index probes per deal (deal_tasks_next_by_deal, meetings_next_by_deal,
 * meeting_slots' unique index), so only the rows joined pay for it.
 */
export function nextActivityJoin(dealId: string, clock: ActivityClock) {
  return {
    sql: `LEFT JOIN LATERAL (
      SELECT candidates.kind, candidates.title, candidates.at FROM (
        (SELECT 'task' AS kind, t.title, t.due_at AS at FROM deal_tasks t
           WHERE t.deal_id = ${dealId} AND t.done_at IS NULL ORDER BY t.due_at LIMIT 1)
        UNION ALL
        (SELECT 'meeting', m.title, m.starts_at FROM meetings m
           WHERE m.deal_id = ${dealId} AND m.status = 'confirmed' AND m.starts_at >= ?
           ORDER BY m.starts_at LIMIT 1)
        UNION ALL
        (SELECT 'meeting', m.title, s.starts_at FROM meetings m
           JOIN meeting_slots s ON s.meeting_id = m.id
           WHERE m.deal_id = ${dealId} AND m.status = 'proposed' AND s.starts_at >= ?
           ORDER BY s.starts_at LIMIT 1)
      ) AS candidates ORDER BY candidates.at LIMIT 1
    ) AS next_activity ON true`,
    bindings: [clock.now, clock.now],
  }
}

/** The colour of a joined next activity (null when nothing is planned). */
export function nextActivityState(
  row: { kind: string | null; at: Date | string | null },
  clock: ActivityClock
): NextActivityState {
  if (!row.at) return 'none'
  const at = new Date(row.at).getTime()
  if (row.kind === 'task' && at < clock.now.getTime()) return 'overdue'
  return at < clock.tomorrow.getTime() ? 'today' : 'future'
}

type Range = { from?: Date; to?: Date }

/** An open task of the deal (`deals.id`) due within the range. */
function taskWithin(range: Range) {
  const query = db
    .from('deal_tasks')
    .whereColumn('deal_tasks.deal_id', 'deals.id')
    .whereNull('deal_tasks.done_at')
  if (range.from) query.where('deal_tasks.due_at', '>=', range.from)
  if (range.to) query.where('deal_tasks.due_at', '<', range.to)
  return query.select(db.raw('1'))
}

/** A meeting of the deal at a time within the range (a confirmed time or a candidate time). */
function meetingWithin(range: Range & { from: Date }) {
  const at = (column: string) => (query: DatabaseQueryBuilderContract) => {
    query.where(column, '>=', range.from)
    if (range.to) query.where(column, '<', range.to)
  }
  return db
    .from('meetings')
    .whereColumn('meetings.deal_id', 'deals.id')
    .where((either) => {
      either
        .where((confirmed) => {
          confirmed.where('meetings.status', 'confirmed')
          at('meetings.starts_at')(confirmed)
        })
        .orWhere((proposed) => {
          proposed.where('meetings.status', 'proposed').whereExists((slots) => {
            slots
              .from('meeting_slots')
              .whereColumn('meeting_slots.meeting_id', 'meetings.id')
              .select(db.raw('1'))
            at('meeting_slots.starts_at')(slots)
          })
        })
    })
    .select(db.raw('1'))
}

/**
 * Keeps the deals (`deals` in the query) whose next activity has the state, as existence
 * checks that agree with nextActivityJoin + nextActivityState (no join, so the board can
 * rank and count the filtered deals in its one windowed query).
 */
export function whereNextActivity(
  query: DatabaseQueryBuilderContract,
  state: NextActivityState,
  clock: ActivityClock
) {
  const { now, tomorrow } = clock
  if (state === 'overdue') {
    query.whereExists(taskWithin({ to: now }))
  } else if (state === 'today') {
    query
      .whereNotExists(taskWithin({ to: now }))
      .where((soon) =>
        soon
          .whereExists(taskWithin({ from: now, to: tomorrow }))
          .orWhereExists(meetingWithin({ from: now, to: tomorrow }))
      )
  } else if (state === 'future') {
    query
      .whereNotExists(taskWithin({ to: tomorrow }))
      .whereNotExists(meetingWithin({ from: now, to: tomorrow }))
      .where((later) =>
        later
          .whereExists(taskWithin({ from: tomorrow }))
          .orWhereExists(meetingWithin({ from: tomorrow }))
      )
  } else {
    query.whereNotExists(taskWithin({})).whereNotExists(meetingWithin({ from: now }))
  }
}
