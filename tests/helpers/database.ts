import db from '@adonisjs/lucid/services/db'

/** Row counts of the tables a form may write to, to prove a refused form stored nothing. */
export async function countRows(...tables: string[]) {
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const [row] = await db.from(table).count('* as total')
    counts[table] = Number(row.total)
  }
  return counts
}
