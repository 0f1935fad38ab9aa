import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import { rateLimits } from '#config/limiter'
import { startAppServer } from '#tests/helpers/app_server'
import { Browser, freePort } from '#tests/helpers/http_browser'
import { clearTestRedisKeys } from '#tests/helpers/redis'
import { listingAndInvestor } from '#tests/helpers/marketplace'

/** Sends `count` JSON posts, each claiming another X-Forwarded-For; returns the statuses. */
async function spoofedPosts(
  browser: Browser,
  path: string,
  count: number,
  body: (i: number) => object
) {
  const statuses: number[] = []
  for (let i = 0; i < count; i++) {
    const response = await browser.request(path, {
      method: 'POST',
      json: body(i),
      headers: { 'accept': 'application/json', 'x-forwarded-for': `198.51.100.${i + 1}` },
    })
    statuses.push(response.status)
  }
  return statuses
}

test.group('Client address: X-Forwarded-For from an untrusted peer', () => {
  test('changing X-Forwarded-For per request lifts neither the inquiry, sign-up nor login limit', async ({
    assert,
  }) => {
    const prefix = `${env.get('REDIS_KEY_PREFIX')}spoof:`
    // This test's own connection (127.0.0.1) is not the configured proxy.
    const server = await startAppServer(await freePort(), {
      REDIS_KEY_PREFIX: prefix,
      LIMITER_STORE: 'redis',
      TRUSTED_PROXIES: '10.255.255.1',
      // Under CPU starvation one limiter command can outlast the 500 ms default and count
      // in memory instead (a documented fall-back); this test is about the address, not that.
      REDIS_COMMAND_TIMEOUT_MS: '5000',
    })
    try {
      const browser = new Browser(server.url)
      await browser.request('/login')
      const limits = [
        { path: '/inquiry', limit: rateLimits.inquiry.requests, body: () => ({}) },
        { path: '/register', limit: rateLimits.registration.requests, body: () => ({}) },
        {
          path: '/login',
          limit: rateLimits.loginPerIp.requests,
          // Login also limits per account: another e-mail each time keeps that one out of the way.
          body: (i: number) => ({ email: `nobody${i}@example.org`, password: 'wrong' }),
        },
      ]
      let sent = 0
      for (const { path, limit, body } of limits) {
        const statuses = await spoofedPosts(browser, path, limit + 1, body)
        sent += statuses.length
        assert.notInclude(statuses.slice(0, limit), 429, path)
        assert.equal(statuses[limit], 429, `${path}: request ${limit + 1} is over the limit`)
      }
      console.log(`  ${sent} posts with a new X-Forwarded-For each: every limit held`)
    } finally {
      await server.stop()
      await clearTestRedisKeys(prefix)
    }
  }).timeout(120_000)
})

test.group('Client address: behind a trusted proxy', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the forwarded address is the one stored with consents and used for limits', async ({
    client,
    assert,
  }) => {
    // Tests call from 127.0.0.1: loopback is the default trusted proxy.
    const { investor, opportunity } = await listingAndInvestor()
    const response = await client
      .post(`/opportunities/${opportunity.slug}/interest`)
      .header('x-forwarded-for', '203.0.113.9, 127.0.0.1')
      .json({
        amountMinEur: 50_000,
        amountMaxEur: 90_000,
        contactChannel: 'phone',
        contactLanguage: 'en',
        consentToShareContact: true,
      })
      .loginAs(investor)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const consent = await db
      .from('consents')
      .where('user_id', investor.id)
      .orderBy('id', 'desc')
      .firstOrFail()
    assert.equal(consent.ip, '203.0.113.9')
  })
})
