import type { FollowUpStep } from '#enums/event'

/*
 * The contract between whoever queues a job (the outbox, actions) and the worker: names
 * and payload shapes only. It imports nothing but a leaf enum, so the outbox can type
 * its calls without reaching the jobs (and through them the actions that use the outbox).
 */

/** The `mail:send` payload; the mail name is checked where it is queued (queueMail). */
export interface SendEmailPayload {
  mail: string
  args: Record<string, unknown>
  /** Exactly-once key: the same key never sends twice. */
  key: string
  dealId?: number | null
  /** A link token sealed by queueMail (see there); removed from the outbox row once sent. */
  sealedSecret?: string
}

/**
 * Every background job: its name, the payload it takes (ids, never models) and
 * the file that handles it. The CRM, marketplace and payments areas add theirs here.
 */
export interface JobPayloads {
  /** Daily: remind partners of listings going stale, pause those past FRESHNESS_DAYS. */
  'opportunities:check-freshness': { now?: string }
  /** An interest was created or changed: open or update its deal. */
  'deals:sync-from-interest': { interestId: number }
  /** Hourly: recompute the public figures page's summary table. */
  'figures:refresh': { now?: string }
  /** Daily: flag deals past their stage's stale threshold, with a task for the owner. */
  'deals:sweep-stale': { now?: string }
  /** Hourly: e-mail assignees of open tasks due within a day or overdue (once per due date). */
  'deals:remind-due-tasks': { now?: string }
  /** Day 1/7/21 after an event: an attendee's follow-up e-mail, unless they replied or showed interest. */
  'events:follow-up': { attendeeId: number; step: FollowUpStep }
  /** Daily: aftercare check-in tasks for won deals, every 6 months for 2 years. */
  'deals:aftercare': { now?: string }
  /** Any e-mail the CRM sends (exactly once per key). */
  'mail:send': SendEmailPayload
  /** Before the deadline: remind the partner; after it: alert the deal's owner. */
  'introductions:check-response': { introductionId: number; phase: 'reminder' | 'overdue' }
  /** N days after an accepted introduction: nudge the owner if nothing was logged. */
  'deals:follow-up': { dealId: number; since: string; now?: string }
  /** Before a confirmed meeting (at the time it had when queued): remind everyone. */
  'meetings:remind': { meetingId: number; startsAt: string }
  /** After a confirmed meeting: ask the deal's owner for an outcome note. */
  'meetings:ask-outcome': { meetingId: number; startsAt: string }
  /** "Download my data": build the person's JSON file and e-mail its link. */
  'privacy:build-export': { dataExportId: number }
  /** Daily: delete export files whose link has expired. */
  'privacy:purge-exports': { now?: string }
  /** A verified Stripe webhook event, stored once: apply it (exactly once). */
  'payments:process-stripe-event': { eventId: string }
  /** End featuring periods whose time is up (queued per period, and scheduled as a sweep). */
  'payments:end-featuring': { now?: string }
  /** A listing was published: alert matching saved searches and high-scoring investors. */
  'alerts:opportunity-published': { opportunityId: number }
  /** Weekly: one digest e-mail per investor with the alerts collected since the last. */
  'alerts:send-digests': { now?: string }
  /** Daily (BACKUP_SCHEDULE): a backup archive of the database and files, then retention. */
  'backups:create': Record<string, never>
  /** Weekly: each partner's data-room engagement of the past week (once per week and member). */
  'data-room:send-digests': { now?: string }
  /** Hourly: store each partner's responsiveness (last 90 days) for "recommended" ordering. */
  'organisations:refresh-responsiveness': { now?: string }
  /** Check (preview) or commit one spreadsheet import. */
  'imports:run': { importId: number; step: 'check' | 'commit' }
}

export type JobName = keyof JobPayloads

export interface JobHandler<Payload> {
  handle(payload: Payload, context: { attempt: number; jobId?: string }): Promise<unknown>
}
