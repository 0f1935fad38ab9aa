import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import ServerTimingMiddleware from '#middleware/server_timing_middleware'

test.group('Server-Timing header', () => {
  test('reports the request time and counts only that request’s queries', async ({ assert }) => {
    const middleware = new ServerTimingMiddleware()
    middleware.enabled = true
    const ctx = await testUtils.createHttpContext()
    // Another request's query, started (`.then` runs it) before and running during this one.
    const other = db.rawQuery('select pg_sleep(0.05)').then((result) => result)
    await middleware.handle(ctx, async () => {
      await db.rawQuery('select 1')
      await db.rawQuery('select 2')
    })
    await other
    const header = String(ctx.response.getHeader('Server-Timing'))
    assert.match(header, /^app;dur=\d+(\.\d)?, db;desc="queries=2"$/)
  })

  test('is off unless SERVER_TIMING is set', async ({ assert }) => {
    const middleware = new ServerTimingMiddleware()
    assert.isFalse(middleware.enabled)
    const ctx = await testUtils.createHttpContext()
    await middleware.handle(ctx, async () => {})
    assert.isUndefined(ctx.response.getHeader('Server-Timing'))
  })
})
