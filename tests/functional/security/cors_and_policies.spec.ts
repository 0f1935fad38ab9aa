import { test } from '@japa/runner'
import env from '#start/env'
import { startAppServer } from '#tests/helpers/app_server'
import { freePort } from '#tests/helpers/http_browser'
import { clearTestRedisKeys } from '#tests/helpers/redis'

const evil = 'https://evil.example'

test.group('CORS and browser policies', () => {
  test('every response carries the referrer and permissions policies', async ({
    client,
    assert,
  }) => {
    for (const path of ['/', '/health', '/api/v1/opportunities', '/no-such-page', '/%00']) {
      const response = await client.get(path).redirects(0)
      assert.equal(response.header('referrer-policy'), 'strict-origin-when-cross-origin', path)
      const permissions = response.header('permissions-policy') ?? ''
      for (const feature of ['camera=()', 'microphone=()', 'geolocation=()']) {
        assert.include(permissions, feature, path)
      }
    }
  })

  test('by default no Origin is allowed, whatever it claims', async ({ client, assert }) => {
    for (const origin of [evil, `http://${env.get('HOST')}:${env.get('PORT')}`, 'null']) {
      const response = await client.get('/api/v1/opportunities').header('origin', origin)
      response.assertStatus(200)
      assert.notProperty(response.headers(), 'access-control-allow-origin', origin)
      const preflight = await client
        .options('/api/v1/opportunities')
        .header('origin', origin)
        .header('access-control-request-method', 'GET')
      assert.notProperty(preflight.headers(), 'access-control-allow-origin', origin)
    }
  })

  test('CORS_ORIGINS lets exactly the listed origins call the API', async ({ assert }) => {
    const prefix = `${env.get('REDIS_KEY_PREFIX')}cors:`
    const partner = 'https://partner.example.org'
    const server = await startAppServer(await freePort(), {
      REDIS_KEY_PREFIX: prefix,
      CORS_ORIGINS: `${partner}, https://other.example.org/`,
    })
    try {
      const allowed = await fetch(`${server.url}/api/v1/opportunities`, {
        headers: { origin: partner },
      })
      assert.equal(allowed.headers.get('access-control-allow-origin'), partner)
      assert.isNull(allowed.headers.get('access-control-allow-credentials'))
      for (const origin of [evil, `${partner}.evil.example`, 'null']) {
        const refused = await fetch(`${server.url}/api/v1/opportunities`, { headers: { origin } })
        assert.isNull(refused.headers.get('access-control-allow-origin'), origin)
      }
    } finally {
      await server.stop()
      await clearTestRedisKeys(prefix)
    }
  }).timeout(90_000)
})

test.group('Live updates: malformed connections', () => {
  test('an event stream without a uid, or with junk, is a 400, not a 500', async ({
    client,
    assert,
  }) => {
    for (const query of ['', '?uid=', '?uid[]=a', `?uid=${'x'.repeat(500)}`, '?uid=a%20b']) {
      const response = await client
        .get(`/__transmit/events${query}`)
        .header('accept-language', 'sr-Latn')
      assert.equal(response.status(), 400, query)
      assert.match(response.body().errors[0].message, /ispravan uid/, query)
    }
    const subscribe = await client
      .post('/__transmit/subscribe')
      .json({ uid: 'tab-1', channel: ['x'] })
    subscribe.assertStatus(400)
  })
})
