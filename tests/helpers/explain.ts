import db from '@adonisjs/lucid/services/db'

/** The SQL statements (with their bindings) sent while `work` runs. */
export async function captureStatements(work: () => Promise<unknown>) {
  const client = db.connection().getWriteClient()
  const seen: { sql: string; bindings: unknown[] }[] = []
  const listener = (query: { sql: string; bindings?: unknown[] }) =>
    seen.push({ sql: query.sql, bindings: query.bindings ?? [] })
  client.on('query', listener)
  try {
    await work()
    return seen
  } finally {
    client.removeListener('query', listener)
  }
}

export interface PlanNode {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  'Plans'?: PlanNode[]
}

/**
 * Runs `prefix` + a captured statement. The query event shows PostgreSQL's native `$n`
 * placeholders; knex's raw wants `?` in order, so the bindings are laid out as they appear.
 */
export async function explain(prefix: string, statement: { sql: string; bindings: unknown[] }) {
  const bindings: unknown[] = []
  const sql = statement.sql.replace(/\$(\d+)/g, (_, index) => {
    bindings.push(statement.bindings[Number(index) - 1])
    return '?'
  })
  return db.rawQuery(`${prefix} ${sql}`, bindings as never)
}

/** EXPLAIN of one captured statement: every node of the plan tree, flattened. */
export async function planNodes(statement: { sql: string; bindings: unknown[] }) {
  const result = await explain('EXPLAIN (FORMAT JSON)', statement)
  const nodes: PlanNode[] = []
  const walk = (node: PlanNode) => {
    nodes.push(node)
    node.Plans?.forEach(walk)
  }
  walk(result.rows[0]['QUERY PLAN'][0].Plan)
  return nodes
}
