import db from '@adonisjs/lucid/services/db'

/**
 * For tests whose data must be committed (another process reads it): remembers every
 * table's highest id and the existing sessions, and returns a cleanup that deletes
 * everything newer (FK order found by retrying).
 */
export async function committedRows() {
  const { rows } = await db.rawQuery(
    `select table_name from information_schema.columns
      where table_schema = 'public' and column_name = 'id' and data_type in ('integer', 'bigint')`
  )
  const tables: string[] = rows.map((row: { table_name: string }) => row.table_name)
  const before: Record<string, number> = {}
  for (const table of tables) {
    const [row] = await db.from(table).max('id as max')
    before[table] = Number(row.max ?? 0)
  }
  const sessions: string[] = (await db.from('sessions').select('id')).map((row) => row.id)
  return async () => {
    await db.from('sessions').whereNotIn('id', sessions).delete()
    let pending = [...tables]
    for (let round = 0; round < 10 && pending.length; round++) {
      const failed: string[] = []
      for (const table of pending) {
        await db
          .from(table)
          .where('id', '>', before[table])
          .delete()
          .catch(() => failed.push(table))
      }
      pending = failed
    }
  }
}
