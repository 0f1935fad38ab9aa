import db from '@adonisjs/lucid/services/db'
import type { JobHandler, JobPayloads } from '#jobs/payloads'
import RunImport from '#actions/imports/run_import'
import { queueConfig } from '#config/queue'

/**
 * Checks or commits one spreadsheet import. Idempotent: RunImport acts only while the
 * import waits for this step. After the last attempt fails the import is marked failed,
 * so the page stops waiting and offers to try again.
 */
export default class RunImportJob implements JobHandler<JobPayloads['imports:run']> {
  async handle(payload: JobPayloads['imports:run'], { attempt }: { attempt: number }) {
    try {
      return await new RunImport().handle(payload)
    } catch (error) {
      if (attempt >= queueConfig.defaultJobOptions.attempts) {
        await db
          .from('imports')
          .where('id', payload.importId)
          .whereIn('status', ['checking', 'committing'])
          .update({ status: 'failed', updated_at: new Date() })
      }
      throw error
    }
  }
}
