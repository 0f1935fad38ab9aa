/**
 * CSV for spreadsheet programs: RFC 4180 quoting, a BOM so Serbian letters read as
 * UTF-8, and a leading =, +, - or @ defused so a cell is never run as a formula.
 */
export function toCsv(header: string[], rows: (string | number | null)[][]) {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','))
  return '\uFEFF' + lines.join('\r\n') + '\r\n'
}

function csvCell(value: string | number | null) {
  let text = value === null ? '' : String(value)
  // Plain numbers (a refund's -49.00) stay numbers; anything else starting so is defused.
  if (/^[=+\-@]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
