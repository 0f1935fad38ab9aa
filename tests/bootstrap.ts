import { assert } from '@japa/assert'
import app from '@adonisjs/core/services/app'
import type { Config } from '@japa/runner/types'
import { pluginAdonisJS } from '@japa/plugin-adonisjs'
import testUtils from '@adonisjs/core/services/test_utils'
import { apiClient } from '@japa/api-client'
import { browserClient, decoratorsCollection } from '@japa/browser-client'
import { sessionApiClient } from '@adonisjs/session/plugins/api_client'
import { sessionBrowserClient } from '@adonisjs/session/plugins/browser_client'
import { authApiClient } from '@adonisjs/auth/plugins/api_client'
import { authBrowserClient } from '@adonisjs/auth/plugins/browser_client'
import { shieldApiClient } from '@adonisjs/shield/plugins/api_client'
import { inertiaApiClient } from '@adonisjs/inertia/plugins/api_client'
import { chromium } from 'playwright'
import { rm } from 'node:fs/promises'

/**
 * Public pages arrive rendered by the server and become interactive once Vue has hydrated
 * them (inertia/app.ts marks <html data-interactive>). A test, faster than any visitor,
 * would otherwise click a button whose handler is not attached yet: every navigation
 * waits for that mark, or for a page that holds no app at all (JSON, a file).
 */
decoratorsCollection.register({
  page(page) {
    const ready = () =>
      page.locator('html[data-interactive], html:not(:has(#app))').first().waitFor()
    for (const method of ['goto', 'reload'] as const) {
      const original = page[method].bind(page) as (...args: unknown[]) => Promise<unknown>
      Object.assign(page, {
        [method]: async (...args: unknown[]) => {
          const response = await original(...args)
          await ready()
          return response
        },
      })
    }
  },
})

export const plugins: Config['plugins'] = [
  assert(),
  pluginAdonisJS(app),
  apiClient(),
  sessionApiClient(app),
  shieldApiClient(),
  authApiClient(app),
  inertiaApiClient(app),
  browserClient({
    runInSuites: ['browser'],
    // The system Chromium; Playwright never downloads a browser here.
    launcher: (options) =>
      chromium.launch({
        ...options,
        executablePath: '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      }),
  }),
  sessionBrowserClient(app),
  authBrowserClient(app),
]

/**
 * The test database is migrated (and rolled back at the end) and filled with
 * reference data; the Redis keys under the test prefix and the test disk's files are
 * removed afterwards.
 */
export const runnerHooks: Required<Pick<Config, 'setup' | 'teardown'>> = {
  setup: [() => testUtils.db().migrate(), () => testUtils.db().seed()],
  teardown: [
    async () => {
      const { clearTestRedisKeys } = await import('#tests/helpers/redis')
      await clearTestRedisKeys()
    },
    // The test disk (config/drive.ts: storage/test) holds only files tests wrote: a test
    // that failed before its own cleanup leaves nothing behind for the next run.
    () => rm(app.makePath('storage', 'test'), { recursive: true, force: true }),
  ],
}

export const configureSuite: Config['configureSuite'] = (suite) => {
  if (['browser', 'functional'].includes(suite.name)) {
    return suite.setup(() => testUtils.httpServer().start())
  }
}
