import { test } from '@japa/runner'
import { readFile, readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import app from '@adonisjs/core/services/app'

/**
 * No import cycle in app/, type-only imports included: a cycle is how the outbox once
 * reached every action through the job registry. Model → model edges are left out:
 * Lucid relations name each other through thunks (`() => Deal`), read only after load.
 * `npx depcruise` shows the same graph; this test keeps it without a config to maintain.
 */
async function importGraph() {
  const root = app.makePath()
  const aliases = Object.entries(
    JSON.parse(await readFile(app.makePath('package.json'), 'utf8')).imports as Record<
      string,
      string
    >
  ).map(([alias, target]) => {
    const [before, after = ''] = target.replace(/^\.\//, '').split('*')
    return { prefix: alias.replace('*', ''), before, after: after.replace(/\.js$/, '.ts') }
  })
  const files = (await readdir(app.makePath('app'), { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
  const known = new Set(files)

  const graph = new Map<string, string[]>()
  const specifiers = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)'(#[^']+)'/gm
  for (const file of files) {
    const source = await readFile(app.makePath(file), 'utf8')
    const targets = new Set<string>()
    for (const [, specifier] of source.matchAll(specifiers)) {
      const alias = aliases.find(({ prefix }) => specifier.startsWith(prefix))
      if (!alias) continue
      const target = alias.before + specifier.slice(alias.prefix.length) + alias.after
      if (!known.has(target)) continue
      if (file.startsWith('app/models/') && target.startsWith('app/models/')) continue
      targets.add(target)
    }
    graph.set(file, [...targets])
  }
  return graph
}

/** Every cycle found by a depth-first walk, each as the path that closes it. */
function cycles(graph: Map<string, string[]>) {
  const found: string[][] = []
  const state = new Map<string, 'active' | 'done'>()
  const path: string[] = []
  const visit = (file: string) => {
    state.set(file, 'active')
    path.push(file)
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'active') found.push([...path.slice(path.indexOf(next)), next])
      else if (!state.has(next)) visit(next)
    }
    path.pop()
    state.set(file, 'done')
  }
  for (const file of graph.keys()) if (!state.has(file)) visit(file)
  return found
}

test.group('Architecture: imports', () => {
  test('app/ has no import cycle', async ({ assert }) => {
    const graph = await importGraph()
    // The aliases resolved (a graph without edges has no cycles either).
    assert.include(graph.get('app/services/outbox.ts'), 'app/jobs/payloads.ts')
    const found = cycles(graph)
    assert.deepEqual(
      found.map((cycle) => cycle.join(' → ')),
      [],
      'break the cycle: shared types go in a file that imports nothing (see app/jobs/payloads.ts)'
    )
  })

  test('the walk sees a cycle when there is one', ({ assert }) => {
    const graph = new Map([
      ['app/services/outbox.ts', ['app/jobs/registry.ts']],
      ['app/jobs/registry.ts', ['app/jobs/send_email.ts']],
      ['app/jobs/send_email.ts', ['app/services/outbox.ts']],
      ['app/jobs/payloads.ts', []],
    ])
    assert.deepEqual(cycles(graph), [
      [
        'app/services/outbox.ts',
        'app/jobs/registry.ts',
        'app/jobs/send_email.ts',
        'app/services/outbox.ts',
      ],
    ])
  })
})
