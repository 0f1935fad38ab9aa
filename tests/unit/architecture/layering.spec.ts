import { test } from '@japa/runner'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { cruise, type IViolation } from 'dependency-cruiser'

/**
 * The layering rules of the code base, checked on every run so they cannot erode one import at a
 * time. The rules themselves are in `.dependency-cruiser.cjs`.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url))

/** `#models/*` → `app/models`: the subpath imports of package.json, as resolver aliases. */
async function subpathAliases() {
  const manifest = JSON.parse(await readFile(`${root}package.json`, 'utf8'))
  const aliases: Record<string, string> = {}
  for (const [pattern, target] of Object.entries<string>(manifest.imports)) {
    aliases[pattern.replace(/\/\*$/, '')] =
      `${root}${target.replace(/^\.\//, '').replace(/\/\*\.js$/, '')}`
  }
  return aliases
}

async function violations() {
  const { default: config } = await import(`${root}.dependency-cruiser.cjs`)
  const result = await cruise(
    ['app'],
    { ...config.options, baseDir: root, ruleSet: { forbidden: config.forbidden }, validate: true },
    { alias: await subpathAliases(), extensions: ['.ts', '.js'] }
  )
  if (typeof result.output === 'string') throw new Error(result.output)
  return result.output
}

function describe(violation: IViolation) {
  const through = violation.cycle?.map((step) => step.name).join(' → ')
  return `${violation.rule.name}: ${violation.from} → ${violation.to}${through ? ` (${through})` : ''}`
}

test.group('Architecture / layering', () => {
  test('every import in app/ resolves, so the rules below see the real graph', async ({
    assert,
  }) => {
    const output = await violations()
    const unresolved = output.modules
      .filter((module) => module.source.startsWith('app/'))
      .flatMap((module) =>
        module.dependencies
          .filter((dependency) => dependency.couldNotResolve && dependency.module.startsWith('#'))
          .map((dependency) => `${module.source} → ${dependency.module}`)
      )
    assert.deepEqual(unresolved, [])
    assert.isAbove(output.summary.totalCruised, 300)
  })

  test('no import cycle, no controller reaching models or the database, nothing importing controllers', async ({
    assert,
  }) => {
    const output = await violations()
    assert.deepEqual(output.summary.violations.map(describe), [])
  })
})
