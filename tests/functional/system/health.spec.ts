import { test } from '@japa/runner'
import redis from '@adonisjs/redis/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import env from '#start/env'
import { UserFactory } from '#database/factories/user_factory'

const secret = () => env.get('MONITORING_SECRET')!

async function waitUntilReady(connection: { status: string }) {
  for (let attempt = 0; connection.status !== 'ready' && attempt < 50; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

test.group('Health endpoint', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('tells anyone up or down only, without cookies', async ({ client, assert }) => {
    const response = await client.get('/health')
    assert.equal(response.status(), 200)
    assert.deepEqual(response.body(), { status: 'up' })
    assert.notMatch(response.text(), /pid|uptime|version|heap|disk/i)
    assert.notProperty(response.headers(), 'set-cookie', 'no session or CSRF cookie on /health')
    // A wrong secret is no secret; the session cookie of a visitor does not start a session.
    const wrong = await client.get('/health').header('x-monitoring-secret', `${secret()}x`)
    assert.deepEqual(wrong.body(), { status: 'up' })
  })

  test('the detailed report needs the monitoring secret or a signed-in staff member', async ({
    client,
    assert,
  }) => {
    const monitored = await client.get('/health').header('x-monitoring-secret', secret())
    assert.equal(monitored.status(), 200, JSON.stringify(monitored.body().checks))
    assert.isTrue(monitored.body().isHealthy)
    assert.isAbove(monitored.body().checks.length, 3)
    assert.notProperty(monitored.headers(), 'set-cookie')

    const staff = await UserFactory.apply('staff').create()
    const forStaff = await client.get('/crm/health').loginAs(staff)
    forStaff.assertStatus(200)
    assert.isTrue(forStaff.body().isHealthy)
    const investor = await UserFactory.create()
    const forInvestor = await client.get('/crm/health').loginAs(investor).redirects(0)
    assert.notEqual(forInvestor.status(), 200)
    assert.notProperty(forInvestor.body(), 'checks')
  })

  test('reports a stopped Redis as failing with 503', async ({ client, assert }) => {
    // Point the app's connection at a port where nothing listens: to the app this is
    // exactly a stopped Redis (connection refused), without stopping the shared server.
    const connection = redis.connection().ioConnection
    const realPort = connection.options.port
    await connection.quit()
    connection.options.port = 1
    try {
      assert.deepEqual((await client.get('/health')).body(), { status: 'down' })
      const response = await client.get('/health').header('x-monitoring-secret', secret())
      response.assertStatus(503)
      const body = response.body()
      assert.isFalse(body.isHealthy)
      const redisCheck = body.checks.find((check: { name: string }) =>
        check.name.toLowerCase().includes('redis')
      )
      assert.equal(redisCheck.status, 'error')
      assert.match(redisCheck.message, /Unable to connect to the redis server|ECONNREFUSED|closed/i)
    } finally {
      connection.options.port = realPort
      connection.disconnect()
      await connection.connect().catch(() => {})
      await waitUntilReady(connection)
    }
    const recovered = await client.get('/health')
    assert.equal(recovered.status(), 200)
  })
})
