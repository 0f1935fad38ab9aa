/**
 * Every background job: its name, the payload it takes (ids, never models) and
 * the file that handles it. The CRM, marketplace and payments areas add theirs here.
 */
export interface JobPayloads {
  /** Daily: remind partners of listings going stale, pause those past FRESHNESS_DAYS. */
  'opportunities:check-freshness': { now?: string }
}

export type JobName = keyof JobPayloads

export interface JobHandler<Payload> {
  handle(payload: Payload, context: { attempt: number; jobId?: string }): Promise<unknown>
}

export const jobs: {
  [Name in JobName]: () => Promise<{ default: new () => JobHandler<JobPayloads[Name]> }>
} = {
  'opportunities:check-freshness': () => import('#jobs/check_opportunity_freshness'),
}

/** Jobs the worker schedules itself (BullMQ job schedulers), with their cron pattern. */
export const schedules: { name: JobName; pattern: string }[] = [
  { name: 'opportunities:check-freshness', pattern: '15 6 * * *' },
]
