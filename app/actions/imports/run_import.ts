import { DateTime } from 'luxon'
import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import i18nManager from '@adonisjs/i18n/services/main'
import { errors as vineErrors } from '@vinejs/vine'
import Import from '#models/import'
import User from '#models/user'
import { importDefinitions } from '#actions/imports/import_definitions'
import { readSpreadsheet } from '#services/spreadsheet'
import { CsvSyntaxError } from '#services/csv'
import { validationMessages } from '#services/validation_messages'
import audit from '#services/audit'
import { IMPORT_MAX_SHOWN_ERRORS, IMPORT_PROGRESS_EVERY, type ImportRowError } from '#enums/import'

type Step = 'check' | 'commit'

/**
 * The import job's work. `check`: every row of the file through the same VineJS validator
 * as the form, the errors kept per row (the preview). `commit`: checked again, then every
 * row stored in ONE transaction — any failure stores nothing. Progress is written to the
 * import row every few hundred rows (outside the transaction, so the page sees it).
 * Idempotent: a step runs only from the status that asked for it (checking, committing),
 * so a repeated job does nothing.
 */
export default class RunImport {
  async handle({ importId, step }: { importId: number; step: Step }) {
    const run = await Import.find(importId)
    if (!run || run.status !== (step === 'check' ? 'checking' : 'committing')) {
      return { skipped: true }
    }
    const started = performance.now()
    const user = run.userId ? await User.find(run.userId) : null
    const i18n = i18nManager.locale(user?.locale ?? i18nManager.defaultLocale)
    const definition = importDefinitions[run.kind]
    const mapping = run.mapping ?? {}

    const finish = (values: Partial<Record<string, unknown>>) =>
      db
        .from('imports')
        .where('id', run.id)
        .update({
          ...values,
          duration_ms: Math.round(performance.now() - started),
          updated_at: new Date(),
        })
    const progress = (processed: number) =>
      db
        .from('imports')
        .where('id', run.id)
        .update({ processed_rows: processed, updated_at: new Date() })

    let rows
    try {
      rows = (await readSpreadsheet(await drive.use().getBytes(run.filePath), run.extension)).slice(
        1
      )
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error
      const errors = [
        { row: error.line, field: 'file', message: i18n.t('imports.errors.malformed') },
      ]
      await finish({ status: 'invalid', errors: JSON.stringify(errors), error_count: 1 })
      return { errors: 1 }
    }
    await db
      .from('imports')
      .where('id', run.id)
      .update({ total_rows: rows.length, processed_rows: 0 })

    // The preview: every row through the form's validator.
    const lookups = await definition.lookups()
    const messagesProvider = validationMessages(i18n)
    const valid: unknown[] = []
    const errors: ImportRowError[] = []
    let errorCount = 0
    const report = (error: ImportRowError) => {
      errorCount++
      if (errors.length < IMPORT_MAX_SHOWN_ERRORS) errors.push(error)
    }
    const seen = new Map<string, number>()
    for (const [index, row] of rows.entries()) {
      const cells: Record<string, string | undefined> = {}
      for (const [field, column] of Object.entries(mapping)) {
        if (column === null || column === undefined) continue
        cells[field] = row.cells[column]?.trim() || undefined
      }
      const { input, problems } = definition.toInput(cells, lookups)
      const flagged = new Set(problems.map((problem) => problem.field))
      for (const problem of problems) {
        report({
          row: row.row,
          field: problem.field,
          message: i18n.t(`imports.errors.${problem.code}`, { value: problem.value }),
        })
      }
      try {
        const data = await definition.validator.validate(input, { messagesProvider })
        // Contacts: one person once per file (the e-mail is unique in the CRM).
        const email = run.kind === 'contacts' ? String(data.email) : null
        if (email && seen.has(email)) {
          report({
            row: row.row,
            field: 'email',
            message: i18n.t('imports.errors.duplicate', { row: seen.get(email) }),
          })
        } else if (!problems.length) {
          if (email) seen.set(email, row.row)
          valid.push(data)
        }
      } catch (error) {
        if (!(error instanceof vineErrors.E_VALIDATION_ERROR)) throw error
        for (const message of error.messages as { field: string; message: string }[]) {
          const field = definition.fieldOf(message.field)
          if (!flagged.has(field)) report({ row: row.row, field, message: message.message })
        }
      }
      if ((index + 1) % IMPORT_PROGRESS_EVERY === 0) await progress(index + 1)
    }
    if (!rows.length) {
      report({ row: 1, field: 'file', message: i18n.t('imports.errors.no_rows') })
    }
    if (errorCount) {
      await finish({
        status: 'invalid',
        processed_rows: rows.length,
        errors: JSON.stringify(errors),
        error_count: errorCount,
      })
      return { errors: errorCount }
    }
    if (step === 'check') {
      await finish({ status: 'checked', processed_rows: rows.length, errors: '[]', error_count: 0 })
      return { valid: valid.length }
    }

    // The commit: all rows or none.
    await progress(0)
    const actor = user ?? (await User.findOrFail(run.userId))
    const stored = await db.transaction(async (trx) => {
      const count = await definition.store(trx, valid, {
        actor,
        organisationId: run.organisationId,
        progress: async (done) => {
          if (done % IMPORT_PROGRESS_EVERY === 0) await progress(done)
        },
      })
      await audit.record(trx, {
        actor,
        action: 'import.committed',
        subject: audit.subject('import', run),
        after: { kind: run.kind, rows: count, organisationId: run.organisationId },
      })
      return count
    })
    await finish({
      status: 'committed',
      processed_rows: stored,
      created_count: stored,
      committed_at: DateTime.now().toJSDate(),
    })
    return { stored }
  }
}
