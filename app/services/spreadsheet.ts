import ExcelJS from 'exceljs'
import { parseCsv } from '#services/csv'

export const spreadsheetExtensions = ['csv', 'xlsx'] as const
export type SpreadsheetExtension = (typeof spreadsheetExtensions)[number]

/** A row of text cells with its row number in the file (what a person sees in Excel). */
export interface SheetRow {
  row: number
  cells: string[]
}

/**
 * The first sheet of an XLSX file, or a CSV file, as rows of trimmed text; blank rows are
 * skipped. Numbers, dates and formula results arrive as their text, so the importer
 * validates exactly what a form would receive. A CSV quote left open raises CsvSyntaxError.
 */
export async function readSpreadsheet(
  bytes: Uint8Array,
  extension: SpreadsheetExtension
): Promise<SheetRow[]> {
  if (extension === 'csv') {
    return parseCsv(Buffer.from(bytes).toString('utf8')).map(({ line, cells }) => ({
      row: line,
      cells: cells.map((cell) => cell.trim()),
    }))
  }
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) return []
  const rows: SheetRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value)
    })
    for (let index = 0; index < cells.length; index++) cells[index] ??= ''
    if (cells.some((cell) => cell !== '')) rows.push({ row: rowNumber, cells })
  })
  return rows
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim()
    if ('text' in value) return String(value.text).trim()
    if ('error' in value) return ''
  }
  return String(value).trim()
}

/** An XLSX file with a bold header row (templates, and the tests' large files). */
export async function writeXlsx(header: string[], rows: (string | number | null)[][]) {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Import')
  sheet.addRow(header).font = { bold: true }
  for (const row of rows) sheet.addRow(row)
  sheet.columns.forEach((column) => (column.width = 22))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
