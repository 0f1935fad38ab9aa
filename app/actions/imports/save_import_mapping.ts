import db from '@adonisjs/lucid/services/db'
import type Import from '#models/import'
import { importDefinitions } from '#actions/imports/import_definitions'
import { fieldError } from '#exceptions/field_error'
import { enqueue } from '#services/outbox'
import type { ImportMapping } from '#enums/import'

/**
 * The mapping step: which column feeds which field. Every required field needs a column
 * that exists; then the import job checks every row (the preview).
 */
export default class SaveImportMapping {
  async handle({
    run,
    mapping,
    messages,
  }: {
    run: Import
    mapping: Record<string, number | null>
    messages: { required: string; busy: string }
  }) {
    if (run.isRunning || run.status === 'committed') throw fieldError('mapping', messages.busy)
    const fields = importDefinitions[run.kind].fields
    const kept: ImportMapping = {}
    for (const field of fields) {
      const column = mapping[field.key]
      if (column !== null && column !== undefined && column < run.headers.length) {
        kept[field.key] = column
      } else if (field.required) {
        throw fieldError(`mapping.${field.key}`, messages.required)
      }
    }
    await db.transaction(async (trx) => {
      run.useTransaction(trx)
      run.merge({ mapping: kept, status: 'checking', processedRows: 0, errors: [], errorCount: 0 })
      await run.save()
      await enqueue(
        trx,
        'imports:run',
        { importId: run.id, step: 'check' },
        { key: `import-${run.id}-check-${run.updatedAt.toMillis()}` }
      )
    })
    return run
  }
}
