import { test } from '@japa/runner'
import redis from '@adonisjs/redis/services/main'

async function waitUntilReady(connection: { status: string }) {
  for (let attempt = 0; connection.status !== 'ready' && attempt < 50; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

test.group('Health endpoint', () => {
  test('reports healthy when PostgreSQL and Redis answer', async ({ client, assert }) => {
    const response = await client.get('/health')
    assert.equal(response.status(), 200, JSON.stringify(response.body().checks))
    assert.isTrue(response.body().isHealthy)
    assert.notProperty(response.headers(), 'set-cookie', 'no session or CSRF cookie on /health')
  })

  test('reports a stopped Redis as failing with 503', async ({ client, assert }) => {
    // Point the app's connection at a port where nothing listens: to the app this is
    // exactly a stopped Redis (connection refused), without stopping the shared server.
    const connection = redis.connection().ioConnection
    const realPort = connection.options.port
    await connection.quit()
    connection.options.port = 1
    try {
      const response = await client.get('/health')
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
    assert.equal(recovered.status(), 200, JSON.stringify(recovered.body().checks))
  })
})
