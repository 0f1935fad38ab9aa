import { backupConfig } from '#config/backup'
import type { SendEmailPayload } from '#jobs/send_email'

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
  'events:follow-up': { attendeeId: number; step: import('#enums/event').FollowUpStep }
  /** Daily: aftercare check-in tasks for won deals, every 6 months for 2 years. */
  'deals:aftercare': { now?: string }
  /** Any e-mail the CRM sends (exactly once per key). */
  'mail:send': SendEmailPayload
  /** Before the deadline: remind the partner; after it: alert the deal's owner. */
  'introductions:check-response': { introductionId: number; phase: 'reminder' | 'overdue' }
  /** N days after an accepted introduction: nudge the owner if nothing was logged. */
  'deals:follow-up': { dealId: number; since: string; now?: string }
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
}

export type JobName = keyof JobPayloads

export interface JobHandler<Payload> {
  handle(payload: Payload, context: { attempt: number; jobId?: string }): Promise<unknown>
}

export const jobs: {
  [Name in JobName]: () => Promise<{ default: new () => JobHandler<JobPayloads[Name]> }>
} = {
  'opportunities:check-freshness': () => import('#jobs/check_opportunity_freshness'),
  'deals:sync-from-interest': () => import('#jobs/sync_deal_from_interest'),
  'figures:refresh': () => import('#jobs/refresh_public_figures'),
  'deals:sweep-stale': () => import('#jobs/sweep_stale_deals'),
  'deals:remind-due-tasks': () => import('#jobs/remind_due_tasks'),
  'events:follow-up': () => import('#jobs/send_event_follow_up'),
  'deals:aftercare': () => import('#jobs/remind_aftercare'),
  'mail:send': () => import('#jobs/send_email'),
  'introductions:check-response': () => import('#jobs/check_introduction_response'),
  'deals:follow-up': () => import('#jobs/follow_up_deal'),
  'privacy:build-export': () => import('#jobs/build_data_export'),
  'privacy:purge-exports': () => import('#jobs/purge_expired_exports'),
  'payments:process-stripe-event': () => import('#jobs/process_stripe_event'),
  'payments:end-featuring': () => import('#jobs/end_expired_featuring'),
  'alerts:opportunity-published': () => import('#jobs/send_opportunity_alerts'),
  'alerts:send-digests': () => import('#jobs/send_alert_digests'),
  'backups:create': () => import('#jobs/create_backup'),
}

/** Jobs the worker schedules itself (BullMQ job schedulers), with their cron pattern. */
export const schedules: { name: JobName; pattern: string }[] = [
  { name: 'opportunities:check-freshness', pattern: '15 6 * * *' },
  { name: 'figures:refresh', pattern: '5 * * * *' },
  { name: 'deals:sweep-stale', pattern: '30 6 * * *' },
  { name: 'privacy:purge-exports', pattern: '20 3 * * *' },
  { name: 'deals:remind-due-tasks', pattern: '10 * * * *' },
  { name: 'deals:aftercare', pattern: '45 6 * * *' },
  { name: 'payments:end-featuring', pattern: '*/15 * * * *' },
  { name: 'alerts:send-digests', pattern: '0 7 * * 1' },
  ...(backupConfig.schedule === 'off'
    ? []
    : [{ name: 'backups:create' as const, pattern: backupConfig.schedule }]),
]

/** Schedules switched off in .env: the worker removes them from Redis at start. */
export const disabledSchedules: JobName[] =
  backupConfig.schedule === 'off' ? ['backups:create'] : []
