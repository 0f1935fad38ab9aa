import db from '@adonisjs/lucid/services/db'

/**
 * Counts the SQL queries run while the callback runs, by listening on knex's own
 * `query` event (it fires for every query, debug mode or not).
 */
export async function countQueries<T>(callback: () => Promise<T>) {
  const client = db.connection().getWriteClient()
  const seen: string[] = []
  const listener = (query: { sql: string }) => seen.push(query.sql)
  client.on('query', listener)
  try {
    const result = await callback()
    return { result, count: seen.length, queries: seen }
  } finally {
    client.removeListener('query', listener)
  }
}
