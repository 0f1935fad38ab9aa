/*
| Test runner entrypoint (node ace test). NODE_ENV is forced to "test" so
| .env.test overrides apply: own database, own Redis key prefix, own port.
*/
process.env.NODE_ENV = 'test'

import 'reflect-metadata'
import { glob } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { prettyPrintError } from '@adonisjs/core'
import { configure, processCLIArgs, run } from '@japa/runner'
import { APP_ROOT, ignitor } from './ignitor.js'

/**
 * TEST_SHUFFLE_SEED=<n> runs each suite's files in an order shuffled from that seed, to
 * prove no file depends on another having run first; the seed is printed to replay it.
 */
function shuffledFiles(patterns: string | string[], seed: number) {
  return async () => {
    const files: string[] = []
    for await (const file of glob(patterns, { cwd: fileURLToPath(APP_ROOT) })) files.push(file)
    files.sort()
    let state = seed >>> 0
    const random = () => {
      // mulberry32: small, fast and the same on every machine for a given seed
      state = (state + 0x6d2b79f5) >>> 0
      let t = state
      t = Math.imul(t ^ (t >>> 15), t | 1)
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
    for (let i = files.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[files[i], files[j]] = [files[j], files[i]]
    }
    return files.map((file) => new URL(file, APP_ROOT))
  }
}

ignitor()
  .testRunner()
  .configure(async (app) => {
    const { runnerHooks, ...config } = await import('../tests/bootstrap.js')

    processCLIArgs(process.argv.splice(2))
    const seed = process.env.TEST_SHUFFLE_SEED
    const tests = seed
      ? {
          ...app.rcFile.tests,
          suites: app.rcFile.tests.suites.map((suite) => ({
            ...suite,
            files: shuffledFiles(suite.files as string | string[], Number(seed)),
          })),
        }
      : app.rcFile.tests
    if (seed)
      console.log(
        `[test] files in shuffled order, seed ${seed} (replay: TEST_SHUFFLE_SEED=${seed})`
      )
    configure({
      ...tests,
      ...config,
      ...{
        setup: runnerHooks.setup,
        teardown: runnerHooks.teardown.concat([() => app.terminate()]),
      },
    })
  })
  .run(() => run())
  .catch((error) => {
    process.exitCode = 1
    prettyPrintError(error)
  })
