import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import Import from '#models/import'
import type User from '#models/user'
import { importDefinitions, normalizeName } from '#actions/imports/import_definitions'
import { readSpreadsheet, type SpreadsheetExtension } from '#services/spreadsheet'
import { CsvSyntaxError } from '#services/csv'
import { fieldError } from '#exceptions/field_error'
import FindMembership from '#actions/organisations/find_membership'
import { IMPORT_MAX_ROWS, type ImportKind, type ImportMapping } from '#enums/import'

/**
 * An uploaded spreadsheet becomes an import waiting for its column mapping: the file is
 * stored, its header row read and each known field matched to a column by its name
 * (English or Serbian). An unreadable, empty or too long file is refused beside the field.
 * A partner imports listings of their own organisation; staff import listings for the
 * organisation they name, or CRM contacts.
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
    kind?: ImportKind
    organisationId?: number | null
    file: MultipartFile
    /** Translated messages for the file's and the form's problems. */
    messages: { unreadable: string; empty: string; tooMany: string; organisationRequired: string }
  }) {
    const target = await this.target(actor, kind, organisationId, messages.organisationRequired)
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
      kind: target.kind,
      userId: actor.id,
      organisationId: target.organisationId,
      fileName: (file.clientName || `import.${extension}`).slice(0, 200),
      filePath,
      headers,
      mapping: suggestMapping(target.kind, headers),
      status: 'uploaded',
      totalRows: rows.length - 1,
      errors: [],
    })
  }

  /** What is imported, for which organisation: the audience decides, not the form alone. */
  private async target(
    actor: User,
    kind: ImportKind | undefined,
    organisationId: number | null | undefined,
    organisationRequired: string
  ): Promise<{ kind: ImportKind; organisationId: number | null }> {
    if (actor.role === 'partner') {
      const { organisationId: own } = await new FindMembership().handle(actor)
      return { kind: 'listings', organisationId: own }
    }
    const chosen = kind ?? 'listings'
    if (chosen !== 'listings') return { kind: chosen, organisationId: null }
    if (!organisationId) throw fieldError('organisationId', organisationRequired)
    return { kind: chosen, organisationId }
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
