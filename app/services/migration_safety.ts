/**
 * Expand/contract: a migration must keep working for the version still running during a
 * deploy. These patterns in a migration's up() break the old code (or lock a big table)
 * and need the two-step path described in the README's "Deploys" section.
 */
const UNSAFE: { pattern: RegExp; why: string }[] = [
  {
    pattern: /\.dropColumns?\(|DROP\s+COLUMN/i,
    why: 'drops a column the running version may still read',
  },
  {
    pattern: /\.dropTable(IfExists)?\(|DROP\s+TABLE/i,
    why: 'drops a table the running version may still use',
  },
  {
    pattern: /\.renameColumn\(|RENAME\s+COLUMN/i,
    why: 'renames a column the running version still uses by its old name',
  },
  {
    pattern: /\.renameTable\(|ALTER\s+TABLE\s+\S+\s+RENAME\s+TO/i,
    why: 'renames a table the running version still uses',
  },
  {
    pattern: /\.alter\(\)|ALTER\s+COLUMN\s+\S+\s+(SET\s+DATA\s+)?TYPE/i,
    why: 'changes a column type (rewrites and locks the table; old code may write the old type)',
  },
  {
    pattern: /SET\s+NOT\s+NULL/i,
    why: 'makes a column NOT NULL: old code may still insert rows without it',
  },
]

/** up(): from `up(` to `down(` (or the end); down() may drop what up() created. */
function upBody(source: string) {
  const start = source.search(/\bup\s*\(/)
  if (start === -1) return source
  const end = source.slice(start).search(/\bdown\s*\(/)
  return end === -1 ? source.slice(start) : source.slice(start, start + end)
}

export interface MigrationFinding {
  line: number
  text: string
  why: string
}

export function unsafeChanges(source: string): MigrationFinding[] {
  // A reviewed exception says so in the file: `deploy-safe: <why>`.
  if (/deploy-safe:/.test(source)) return []
  const body = upBody(source)
  const offset = source.slice(0, source.indexOf(body)).split('\n').length - 1
  const findings: MigrationFinding[] = []
  const lines = body.split('\n')
  // Only inside alterTable(): a column created with its new table has no old code using it.
  let altering = false
  lines.forEach((text, index) => {
    if (/alterTable\(|\.table\(/.test(text)) altering = true
    if (/createTable(IfNotExists)?\(/.test(text)) altering = false
    for (const { pattern, why } of UNSAFE) {
      if (pattern.test(text)) findings.push({ line: offset + index + 1, text: text.trim(), why })
    }
    // In alterTable, a new NOT NULL column needs a default, or old code's inserts fail.
    // A chain may put .defaultTo() on the next lines.
    const chain = lines.slice(index, index + 3).join(' ')
    if (altering && /\.notNullable\(\)/.test(text) && !/\.defaultTo\(/.test(chain)) {
      findings.push({
        line: offset + index + 1,
        text: text.trim(),
        why: 'adds a NOT NULL column without a default: old code inserts rows without it',
      })
    }
  })
  return findings
}
