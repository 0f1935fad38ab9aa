/**
 * Every background job: its name, the payload it takes (ids, never models) and
 * the file that handles it. The CRM, marketplace and payments areas add theirs here.
 */
export interface JobPayloads {}

export type JobName = keyof JobPayloads

export interface JobHandler<Payload> {
  handle(payload: Payload, context: { attempt: number; jobId?: string }): Promise<unknown>
}

export const jobs: {
  [Name in JobName]: () => Promise<{ default: new () => JobHandler<JobPayloads[Name]> }>
} = {}
