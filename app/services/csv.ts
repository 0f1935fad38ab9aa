import { parse, CsvError, type Info } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'

export type CsvValue = string | number | null | undefined

/** A cell a spreadsheet would run as a formula (OWASP: =, +, -, @, tab, carriage return). */
const formulaStart = /^[=+\-@\t\r]/
const plainNumber = /^-?\d+(\.\d+)?$/

/** A leading formula character gets a `'` so the cell is shown as text, never run. */
export function defuseFormula(value: CsvValue) {
  const text = value === null || value === undefined ? '' : String(value)
  // Plain numbers (a refund's -49.00) stay numbers.
  return formulaStart.test(text) && !plainNumber.test(text) ? `'${text}` : text
}

/**
 * CSV for spreadsheet programs: a BOM so Serbian letters read as UTF-8, CRLF line ends,
 * and every cell defused. Cells holding a line break are quoted too: csv-stringify only
 * quotes the record delimiter itself, and Excel splits a row at a bare `\n`.
 */
export function toCsv(header: string[], rows: CsvValue[][]) {
  return stringify([header, ...rows.map((row) => row.map(defuseFormula))], {
    bom: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  })
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    cause: CsvError
  ) {
    super(cause.message, { cause })
  }
}

const lineBreaks = /\r\n|\r|\n/g

/**
 * Rows of cells, each with the line it starts on, so an import can name the line at
 * fault. A BOM is dropped; `,` or `;` (what Excel writes in Serbian and German locales)
 * is the separator, whichever the header line uses; blank rows are skipped. A quote
 * left open raises a CsvSyntaxError naming its line.
 */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0] ?? ''
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ','
  // With `info: true` each record comes with its position (the typings miss that overload).
  let records: { record: string[]; info: Info }[]
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof records
  } catch (error) {
    if (error instanceof CsvError) throw new CsvSyntaxError(Number(error.lines) || 1, error)
    throw error
  }
  return (
    records
      // `info.lines` is the line a record ends on; quoted line breaks move its start up.
      .map(({ record, info }) => ({
        line: info.lines - record.join('').split(lineBreaks).length + 1,
        cells: record,
      }))
      .filter((row) => row.cells.some((value) => value.trim() !== ''))
  )
}
