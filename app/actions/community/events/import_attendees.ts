import db from '@adonisjs/lucid/services/db'
import { errors as vineErrors } from '@vinejs/vine'
import type { MessagesProviderContact } from '@vinejs/vine/types'
import type Event from '#models/event'
import RegisterAttendee, { type AttendeeData } from '#actions/community/events/register_attendee'
import { attendeeValidator } from '#validators/event'
import { parseCsv, CsvSyntaxError } from '#services/csv'

export interface ImportError {
  line: number
  field: string
  message: string
}

/** Header names accepted per field (lower case, letters only), in English and Serbian. */
const HEADERS: Record<keyof Omit<AttendeeData, 'locale'>, string[]> = {
  fullName: ['name', 'fullname', 'ime', 'imeiprezime'],
  email: ['email', 'mail', 'emailadresa'],
  countryOfResidence: ['countryofresidence', 'country', 'residence', 'zemljaboravka', 'drzava'],
  placeOfBirth: ['placeofbirth', 'birthplace', 'mestorodjenja', 'mestorodenja'],
}

const MAX_ROWS = 5000
/** The first problems are enough to fix a file; the page gives the total. */
export const MAX_SHOWN_ERRORS = 50
const FILE_ERRORS = new Set(['empty', 'malformed', 'missing_column', 'no_rows', 'too_many'])

/**
 * Import problems as a person reads them: row checks come translated from VineJS, the
 * file-level ones and duplicates are codes translated here.
 */
export function describeImportErrors(
  errors: ImportError[],
  translate: (key: string, data?: Record<string, unknown>) => string
) {
  return errors.map((error) => ({
    ...error,
    message: error.message.startsWith('duplicate:')
      ? translate('community.events.crm.import.duplicate', { line: error.message.split(':')[1] })
      : FILE_ERRORS.has(error.message)
        ? translate(`community.events.crm.import.${error.message}`)
        : error.message,
  }))
}

const headerKey = (cell: string) =>
  cell
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'dj')
    .toLowerCase()
    .replace(/[^a-z]/g, '')

/**
 * Imports an attendee list (CSV with a header line: name, e-mail, country of residence,
 * place of birth). Every row is checked first; if any is wrong nothing is imported and
 * each problem comes back with its line number, so the file can be fixed and uploaded
 * again. A valid file is imported in one transaction; a person already on the list is
 * updated, not added twice.
 */
export default class ImportAttendees {
  async handle({
    event,
    csv,
    messagesProvider,
  }: {
    event: Event
    csv: string
    messagesProvider?: MessagesProviderContact
  }): Promise<{ errors: ImportError[]; added: number; updated: number }> {
    let rows: ReturnType<typeof parseCsv>
    try {
      rows = parseCsv(csv)
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error
      return {
        errors: [{ line: error.line, field: 'file', message: 'malformed' }],
        added: 0,
        updated: 0,
      }
    }
    const [header, ...body] = rows
    if (!header)
      return { errors: [{ line: 1, field: 'file', message: 'empty' }], added: 0, updated: 0 }
    const columns = header.cells.map(headerKey)
    const index = Object.fromEntries(
      Object.entries(HEADERS).map(([field, names]) => [
        field,
        columns.findIndex((column) => names.includes(column)),
      ])
    ) as Record<keyof typeof HEADERS, number>

    const errors: ImportError[] = []
    for (const field of ['fullName', 'email'] as const) {
      if (index[field] === -1) errors.push({ line: header.line, field, message: 'missing_column' })
    }
    if (body.length === 0) errors.push({ line: header.line, field: 'file', message: 'no_rows' })
    if (body.length > MAX_ROWS)
      errors.push({ line: header.line, field: 'file', message: 'too_many' })
    if (errors.length) return { errors, added: 0, updated: 0 }

    const valid: AttendeeData[] = []
    const seen = new Map<string, number>()
    for (const row of body) {
      const cell = (field: keyof typeof HEADERS) =>
        index[field] === -1 ? undefined : (row.cells[index[field]] ?? '').trim() || undefined
      try {
        const data = await attendeeValidator.validate(
          {
            fullName: cell('fullName'),
            email: cell('email'),
            countryOfResidence: cell('countryOfResidence'),
            placeOfBirth: cell('placeOfBirth'),
          },
          { messagesProvider }
        )
        const email = data.email.toLowerCase()
        if (seen.has(email)) {
          errors.push({ line: row.line, field: 'email', message: `duplicate:${seen.get(email)}` })
          continue
        }
        seen.set(email, row.line)
        valid.push(data)
      } catch (error) {
        if (!(error instanceof vineErrors.E_VALIDATION_ERROR)) throw error
        for (const message of error.messages as { field: string; message: string }[]) {
          errors.push({ line: row.line, field: message.field, message: message.message })
        }
      }
    }
    if (errors.length) return { errors, added: 0, updated: 0 }

    return db.transaction(async (trx) => {
      let added = 0
      for (const data of valid) {
        const { isNew } = await new RegisterAttendee().handle({
          event,
          data,
          source: 'import',
          trx,
        })
        if (isNew) added++
      }
      return { errors: [], added, updated: valid.length - added }
    })
  }
}
