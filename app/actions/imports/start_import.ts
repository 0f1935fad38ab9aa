import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import Import from '#models/import'
import type User from '#models/user'
import { importDefinitions, normalizeName } from '#actions/imports/import_definitions'
import { readSpreadsheet, type SpreadsheetExtension } from '#services/spreadsheet'
import { CsvSyntaxError } from '#services/csv'
import { fieldError } from '#exceptions/field_error'
import { IMPORT_MAX_ROWS, type ImportKind, type ImportMapping } from '#enums/import'

/**
 * An uploaded spreadsheet becomes an import waiting for its column mapping: the file is
 * stored, its header row read and each known field matched to a column by its name
 * (English or Serbian). An unreadable, empty or too long file is refused beside the field.
 */
export default class StartImport {
  async handle({
    actor,
    kind,
    organisationId,
    file,
    messages,
  }: {
    actor: User
    kind: ImportKind
    organisationId: number | null
    file: MultipartFile
    /** Translated messages for the file's problems. */
    messages: { unreadable: string; empty: string; tooMany: string }
  }) {
    const extension = file.extname as SpreadsheetExtension
    let rows
    try {
      rows = await readSpreadsheet(await readFile(file.tmpPath!), extension)
    } catch (error) {
      if (error instanceof CsvSyntaxError || error instanceof Error) {
        throw fieldError('file', messages.unreadable)
      }
      throw error
    }
    if (rows.length < 2) throw fieldError('file', messages.empty)
    if (rows.length - 1 > IMPORT_MAX_ROWS) throw fieldError('file', messages.tooMany)

    const headers = rows[0].cells.map((cell) => cell.trim())
    const filePath = `imports/${randomUUID()}.${extension}`
    await file.moveToDisk(filePath)
    return Import.create({
      kind,
      userId: actor.id,
      organisationId,
      fileName: (file.clientName || `import.${extension}`).slice(0, 200),
      filePath,
      headers,
      mapping: suggestMapping(kind, headers),
      status: 'uploaded',
      totalRows: rows.length - 1,
      errors: [],
    })
  }
}

/** Each field → the first column whose header is one of the field's names. */
export function suggestMapping(kind: ImportKind, headers: string[]): ImportMapping {
  const keys = headers.map(normalizeName)
  const mapping: ImportMapping = {}
  for (const field of importDefinitions[kind].fields) {
    const index = keys.findIndex((key) => field.aliases.includes(key))
    if (index !== -1) mapping[field.key] = index
  }
  return mapping
}
