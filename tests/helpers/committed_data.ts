import db from '@adonisjs/lucid/services/db'

/**
 * Tests against a server in another process can only use committed rows. A snapshot taken
 * before they create anything lets cleanup delete exactly what was added since (by the test
 * or by the server), whatever the test left behind, and check that nothing else remains.
 */
export interface TableSnapshot {
  /** Row count per table. */
  counts: Record<string, number>
  /** Highest integer id per table that has one. */
  maxIds: Record<string, number>
  /** Session ids (a string key) present before. */
  sessionIds: Set<string>
  /** Words of the search vocabulary (a string key) present before: a new listing adds some. */
  searchWords: Set<string>
}

export async function tableNames() {
  const result = await db.rawQuery(
    `select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'adonis_schema'
      order by table_name`
  )
  return (result.rows as { table_name: string }[]).map((row) => row.table_name)
}

async function integerIdTables() {
  const result = await db.rawQuery(
    `select table_name from information_schema.columns
      where table_schema = 'public' and column_name = 'id'
        and data_type in ('integer', 'bigint', 'smallint')`
  )
  return new Set((result.rows as { table_name: string }[]).map((row) => row.table_name))
}

/** Row counts of every table, in one statement. */
export async function countAllRows(tables?: string[]) {
  const names = tables ?? (await tableNames())
  const result = await db.rawQuery(
    `select ${names.map((name) => `(select count(*) from "${name}")::int as "${name}"`).join(', ')}`
  )
  return result.rows[0] as Record<string, number>
}

export async function snapshotTables(): Promise<TableSnapshot> {
  const tables = await tableNames()
  const withIds = await integerIdTables()
  const counts = await countAllRows(tables)
  const maxIds: Record<string, number> = {}
  for (const table of tables.filter((name) => withIds.has(name))) {
    const [row] = await db.from(table).max('id as max')
    maxIds[table] = Number(row.max ?? 0)
  }
  const sessions = await db.from('sessions').select('id')
  const words = await db.from('search_words').select('word')
  return {
    counts,
    maxIds,
    sessionIds: new Set(sessions.map((row) => row.id as string)),
    searchWords: new Set(words.map((row) => row.word as string)),
  }
}

/**
 * Deletes every row added since the snapshot. Foreign keys decide the order, so tables are
 * tried again until a pass deletes nothing more (children first, parents once free).
 * Answers the tables whose counts still differ (empty when the database is as it was).
 */
export async function removeRowsSince(snapshot: TableSnapshot) {
  const pending = new Set(Object.keys(snapshot.maxIds))
  for (let pass = 0; pass < 20 && pending.size > 0; pass++) {
    let progress = false
    for (const table of [...pending]) {
      try {
        await db.from(table).where('id', '>', snapshot.maxIds[table]).delete()
        pending.delete(table)
        progress = true
      } catch (error) {
        // A foreign key from a row not yet deleted: this table waits for the next pass.
        if ((error as { code?: string }).code !== '23503') throw error
      }
    }
    if (!progress) break
  }
  await db
    .from('sessions')
    .whereNotIn('id', [...snapshot.sessionIds, ''])
    .delete()
  await db
    .from('search_words')
    .whereNotIn('word', [...snapshot.searchWords, ''])
    .delete()
  const after = await countAllRows(Object.keys(snapshot.counts))
  return Object.keys(snapshot.counts).filter((table) => after[table] !== snapshot.counts[table])
}
