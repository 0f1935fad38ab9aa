import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import type { ApiClient } from '@japa/api-client'
import env from '#start/env'
import { rateLimits } from '#config/limiter'
import { UserFactory } from '#database/factories/user_factory'
import { clearTestRedisKeys } from '#tests/helpers/redis'
import { listingAndInvestor } from '#tests/helpers/marketplace'

/**
 * Every test calls from its own made-up address (the app trusts X-Forwarded-For behind
 * its load balancer), so the counters here never touch the 127.0.0.1 ones the rest of
 * the suite uses, and the keys are removed afterwards by pattern (never limiter.clear()).
 */
let sequence = 0
function freshAddress() {
  sequence++
  return `10.77.${Math.floor(sequence / 250)}.${(sequence % 250) + 1}`
}

type Post = { url: string; body: object; ip: string; json?: boolean; language?: string }

function post(client: ApiClient, { url, body, ip, json = true, language }: Post) {
  let request = client
    .post(url)
    .json(body)
    .withCsrfToken()
    .header('x-forwarded-for', ip)
    .header('referer', url)
    .redirects(0)
  if (json) request = request.header('accept', 'application/json')
  if (language) request = request.header('accept-language', language)
  return request
}

/** Sends `count` requests that the limiter lets through (whatever the form then says). */
async function exhaust(count: number, send: (i: number) => Promise<{ status(): number }>) {
  for (let i = 0; i < count; i++) {
    const response = await send(i)
    if (response.status() === 429) throw new Error(`limited early, at request ${i + 1}`)
  }
}

function assertLimited(
  assert: import('@japa/assert').Assert,
  response: {
    status(): number
    header(name: string): string | undefined
    body(): { errors: { message: string; retryAfter: number }[] }
  },
  message: string
) {
  assert.equal(response.status(), 429)
  const retryAfter = Number(response.header('retry-after'))
  assert.isAbove(retryAfter, 0)
  assert.equal(response.body().errors[0].message, message)
  assert.equal(response.body().errors[0].retryAfter, retryAfter)
}

test.group('Rate limits', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(async () => {
    const prefix = env.get('REDIS_KEY_PREFIX')
    await clearTestRedisKeys(`${prefix}*10.77.`)
    await clearTestRedisKeys(`${prefix}*limit-test-`)
  })

  test('login: a limited number of attempts a minute per address, then 429 with Retry-After', async ({
    client,
    assert,
  }) => {
    const ip = freshAddress()
    const { requests } = rateLimits.loginPerIp
    // Different accounts each time: this is password spraying from one address.
    await exhaust(requests, (i) =>
      post(client, { url: '/login', body: { email: `limit-test-${i}@example.com` }, ip })
    )
    const limited = await post(client, {
      url: '/login',
      body: { email: 'limit-test-last@example.com' },
      ip,
    })
    assertLimited(
      assert,
      limited,
      'Too many login attempts. Please wait a few minutes and try again.'
    )

    // Another address is not affected.
    const other = await post(client, {
      url: '/login',
      body: { email: 'limit-test-x@example.com' },
      ip: freshAddress(),
    })
    assert.equal(other.status(), 422)
  }).tags(['security'])

  test('login: one account takes a limited number of attempts from any address', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.merge({ email: 'limit-test-victim@example.com' }).create()
    const { requests } = rateLimits.loginPerAccount
    await exhaust(requests, () =>
      post(client, {
        url: '/login',
        body: { email: user.email, password: 'wrong-password' },
        ip: freshAddress(),
      })
    )
    // The right password from yet another address is refused too while the account cools down.
    const limited = await post(client, {
      url: '/login',
      body: { email: user.email.toUpperCase(), password: 'correct-horse-battery' },
      ip: freshAddress(),
      json: false,
      language: 'sr-Latn',
    })
    // An HTML form post goes back to the form with the reason flashed (and Retry-After).
    assert.equal(limited.status(), 302)
    assert.equal(limited.header('location'), '/login')
    assert.isAbove(Number(limited.header('retry-after')), 0)
    assert.equal(
      limited.flashMessages().error,
      'Previše pokušaja prijave. Sačekajte nekoliko minuta i pokušajte ponovo.'
    )
    assert.notProperty(limited.session(), 'auth_web')
  }).tags(['security'])

  test('registration: investor and partner sign-ups share one limit per address', async ({
    client,
    assert,
  }) => {
    const ip = freshAddress()
    const { requests } = rateLimits.registration
    await exhaust(requests, (i) =>
      post(client, { url: i % 2 ? '/register/partner' : '/register', body: {}, ip })
    )
    const limited = await post(client, { url: '/register', body: {}, ip, language: 'sr-Cyrl' })
    assertLimited(assert, limited, 'Превише регистрација из ваше мреже. Покушајте поново касније.')
  }).tags(['security'])

  test('password reset: limited per address and per e-mail address', async ({ client, assert }) => {
    const ip = freshAddress()
    await exhaust(rateLimits.passwordReset.requests, (i) =>
      i % 2
        ? post(client, { url: '/reset-password', body: { token: 'x' }, ip })
        : post(client, { url: '/forgot-password', body: { email: `limit-test-${i}@x.rs` }, ip })
    )
    assertLimited(
      assert,
      await post(client, { url: '/forgot-password', body: { email: 'limit-test-a@x.rs' }, ip }),
      'Too many password reset requests. Please wait a few minutes and try again.'
    )

    // One inbox cannot be flooded with reset mails from many addresses.
    const victim = 'limit-test-inbox@example.com'
    await exhaust(rateLimits.passwordResetPerAccount.requests, () =>
      post(client, { url: '/forgot-password', body: { email: victim }, ip: freshAddress() })
    )
    const limited = await post(client, {
      url: '/forgot-password',
      body: { email: victim },
      ip: freshAddress(),
    })
    assert.equal(limited.status(), 429)
  }).tags(['security'])

  test('interest: an investor can send a limited number of interests an hour', async ({
    client,
    assert,
  }) => {
    const { investor, opportunity } = await listingAndInvestor()
    const url = `/opportunities/${opportunity.slug}/interest`
    await exhaust(rateLimits.interest.requests, () =>
      post(client, { url, body: { amountMinEur: -1 }, ip: freshAddress() }).loginAs(investor)
    )
    const limited = await post(client, { url, body: {}, ip: freshAddress() }).loginAs(investor)
    assertLimited(
      assert,
      limited,
      'You have sent many interests in a short time. Please try again later.'
    )
    // Another investor is not affected.
    const other = await UserFactory.create()
    const allowed = await post(client, { url, body: {}, ip: freshAddress() }).loginAs(other)
    assert.equal(allowed.status(), 422)
  }).tags(['security'])

  test('inquiry form: a few questions per address, then the form says why', async ({
    client,
    assert,
  }) => {
    const ip = freshAddress()
    await exhaust(rateLimits.inquiry.requests, () =>
      post(client, { url: '/inquiry', body: {}, ip })
    )
    assertLimited(
      assert,
      await post(client, { url: '/inquiry', body: {}, ip }),
      'You have sent several questions in a short time. Please try again in a few minutes.'
    )
    const page = await post(client, { url: '/inquiry', body: {}, ip, json: false })
    assert.equal(page.status(), 302)
    assert.equal(
      page.flashMessages().error,
      'You have sent several questions in a short time. Please try again in a few minutes.'
    )
  }).tags(['security'])

  test('public API: a limited number of requests a minute per address, translated 429 with Retry-After', async ({
    client,
    assert,
  }) => {
    const ip = freshAddress()
    const { requests } = rateLimits.api
    const started = performance.now()
    await exhaust(requests, (i) =>
      client
        .get(i % 2 ? '/api/v1/opportunities/limit-test-nope' : '/api/docs')
        .header('x-forwarded-for', ip)
    )
    const ok = await client
      .get('/api/v1/opportunities/nope')
      .header('x-forwarded-for', freshAddress())
    assert.equal(ok.header('x-ratelimit-limit'), String(requests))
    const limited = await client
      .get('/api/v1/opportunities?q=solar')
      .header('x-forwarded-for', ip)
      .header('accept-language', 'sr-Cyrl,sr;q=0.9')
    assertLimited(
      assert,
      limited,
      'Превише захтева. Успорите и покушајте поново после времена наведеног у заглављу Retry-After.'
    )
    console.log(
      `  ${requests} API requests before the limit in ${Math.round(performance.now() - started)} ms`
    )
  }).tags(['security'])
})
