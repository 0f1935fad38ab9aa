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

/**
 * Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks) into rows
 * of cells, each with the line it starts on, so an import can name the line at fault.
 * A BOM is dropped; both `,` and `;` (what Excel writes in Serbian and German locales)
 * are accepted as separator, whichever the header line uses.
 */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const source = text.replace(/^\uFEFF/, '')
  const firstLine = source.split(/\r?\n/, 1)[0] ?? ''
  const separator = firstLine.split(';').length > firstLine.split(',').length ? ';' : ','
  const rows: { line: number; cells: string[] }[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let rowLine = 1
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') {
        quoted = false
      } else {
        if (char === '\n') line++
        cell += char
      }
    } else if (char === '"' && cell === '') {
      quoted = true
    } else if (char === separator) {
      cells.push(cell)
      cell = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++
      cells.push(cell)
      rows.push({ line: rowLine, cells })
      cells = []
      cell = ''
      line++
      rowLine = line
    } else {
      cell += char
    }
  }
  if (cell !== '' || cells.length) {
    cells.push(cell)
    rows.push({ line: rowLine, cells })
  }
  // Blank lines (often the last one) carry nothing to import.
  return rows.filter((row) => row.cells.some((value) => value.trim() !== ''))
}
