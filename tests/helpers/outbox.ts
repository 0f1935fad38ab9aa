import db from '@adonisjs/lucid/services/db'
import { jobs, type JobName } from '#jobs/registry'

/**
 * Runs every pending outbox message in-process, as the worker would after the relay:
 * the same handlers, without Redis. Delayed messages run only when `includeDelayed`
 * (tests that drive the clock call their jobs directly instead). Returns the job names run.
 */
export async function drainOutbox(options: { includeDelayed?: boolean; only?: JobName[] } = {}) {
  const ran: string[] = []
  for (let round = 0; round < 10; round++) {
    const query = db.from('outbox_messages').whereNull('dispatched_at').orderBy('id')
    if (!options.includeDelayed) query.where('available_at', '<=', new Date())
    if (options.only) query.whereIn('job_name', options.only)
    const rows = await query
    if (!rows.length) break
    for (const row of rows) {
      await db.from('outbox_messages').where('id', row.id).update({ dispatched_at: new Date() })
      const load = jobs[row.job_name as JobName] as () => Promise<{
        default: new () => {
          handle(payload: unknown, context: { attempt: number }): Promise<unknown>
        }
      }>
      const { default: Handler } = await load()
      await new Handler().handle(row.payload, { attempt: 1 })
      ran.push(row.job_name)
    }
  }
  return ran
}
