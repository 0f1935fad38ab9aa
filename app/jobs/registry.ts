import { backupConfig } from '#config/backup'
import type { JobName, JobPayloads, JobHandler } from '#jobs/payloads'

export type { JobName, JobPayloads, JobHandler } from '#jobs/payloads'

/** The file that handles each job, loaded only when the worker runs it. */
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
  'meetings:remind': () => import('#jobs/remind_meeting'),
  'meetings:ask-outcome': () => import('#jobs/ask_meeting_outcome'),
  'privacy:build-export': () => import('#jobs/build_data_export'),
  'privacy:purge-exports': () => import('#jobs/purge_expired_exports'),
  'payments:process-stripe-event': () => import('#jobs/process_stripe_event'),
  'payments:end-featuring': () => import('#jobs/end_expired_featuring'),
  'alerts:opportunity-published': () => import('#jobs/send_opportunity_alerts'),
  'alerts:send-digests': () => import('#jobs/send_alert_digests'),
  'backups:create': () => import('#jobs/create_backup'),
  'data-room:send-digests': () => import('#jobs/send_data_room_digests'),
  'organisations:refresh-responsiveness': () => import('#jobs/refresh_partner_responsiveness'),
  'imports:run': () => import('#jobs/run_import'),
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
  { name: 'data-room:send-digests', pattern: '30 7 * * 1' },
  { name: 'organisations:refresh-responsiveness', pattern: '25 * * * *' },
  ...(backupConfig.schedule === 'off'
    ? []
    : [{ name: 'backups:create' as const, pattern: backupConfig.schedule }]),
]

/** Schedules switched off in .env: the worker removes them from Redis at start. */
export const disabledSchedules: JobName[] =
  backupConfig.schedule === 'off' ? ['backups:create'] : []
