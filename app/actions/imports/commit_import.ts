import db from '@adonisjs/lucid/services/db'
import type Import from '#models/import'
import { fieldError } from '#exceptions/field_error'
import { enqueue } from '#services/outbox'

/** A checked import without errors is stored by the job, all rows in one transaction. */
export default class CommitImport {
  async handle({ run, notReady }: { run: Import; notReady: string }) {
    if (run.status !== 'checked' && run.status !== 'failed') throw fieldError('import', notReady)
    if (run.status === 'failed' && run.committedAt) throw fieldError('import', notReady)
    await db.transaction(async (trx) => {
      run.useTransaction(trx)
      run.merge({ status: 'committing', processedRows: 0 })
      await run.save()
      await enqueue(
        trx,
        'imports:run',
        { importId: run.id, step: 'commit' },
        { key: `import-${run.id}-commit-${run.updatedAt.toMillis()}` }
      )
    })
    return run
  }
}
