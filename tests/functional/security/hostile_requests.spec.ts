import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import { createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { countRows } from '#tests/helpers/database'
import { clearTestRedisKeys } from '#tests/helpers/redis'
import { startAppServer } from '#tests/helpers/app_server'
import { freePort } from '#tests/helpers/http_browser'
import { listingAndInvestor, expressInterest } from '#tests/helpers/marketplace'

/** The field errors a refused form flashes, by field. */
type FieldErrors = Record<string, string[]> | undefined

/** Requests that used to end the web process (ERR_INVALID_CHAR while writing a header). */
const crashingRequests: { path: string; headers: Record<string, string> }[] = [
  { path: '/%00', headers: { 'x-inertia': 'true' } },
  { path: '/login/%0a', headers: { 'x-inertia': 'true' } },
  { path: '/opportunities/a%00b', headers: { 'x-inertia': 'true' } },
  { path: '/opportunities/a%0d%0ab', headers: { 'x-inertia': 'true', 'x-inertia-version': 'x' } },
  // Not a control character, but the same header: Cyrillic in the Inertia location.
  { path: '/opportunities/%D0%BD%D0%B8%D1%88', headers: { 'x-inertia': 'true' } },
  { path: '/opportunities?q=%00', headers: { 'x-inertia': 'true', 'x-inertia-version': 'x' } },
  { path: '/api/v1/opportunities/a%00b', headers: {} },
]

// SQL as Knex writes it (quoted identifiers, also JSON-escaped) and stack frames; plain
// words such as "live-update" or "Select a sector" in the page's catalogue are not leaks.
const SQL_OR_STACK =
  /\b(from|join|into|update) \\?"[a-z_]+\\?"|\bselect \*? ?\\?"|(^|\\n)\s*at .+?\.(ts|js):\d+|node_modules\//im

test.group('Hostile requests: control characters in URLs', () => {
  test('a path or query with NUL, CR/LF or a broken escape answers 400 with a message', async ({
    client,
    assert,
  }) => {
    const cases = [
      '/%00',
      '/login/%0a',
      '/opportunities/a%00b',
      '/opportunities/a%0d%0ab',
      '/opportunities/a%7fb',
      '/opportunities?q=%00',
      '/opportunities?q=a%0d%0aSet-Cookie:x=1',
      '/opportunities?q=%ff',
      '/opportunities?sector%00=1',
    ]
    for (const path of cases) {
      const response = await client.get(path).header('x-inertia', 'true').redirects(0)
      assert.equal(response.status(), 400, path)
      assert.include(response.text(), 'characters that are not allowed', path)
      assert.notProperty(response.headers(), 'x-inertia-location', path)
    }
    // JSON callers (the API) get JSON, in their language.
    const api = await client
      .get('/api/v1/opportunities/a%00b')
      .header('accept-language', 'sr-Cyrl')
      .redirects(0)
    api.assertStatus(400)
    assert.match(api.body().errors[0].message, /недозвољене знакове/)
    assert.isString(api.body().errors[0].requestId)
  })

  test('a stale Inertia version on a Cyrillic path gets a percent-encoded location', async ({
    client,
    assert,
  }) => {
    const response = await client
      .get('/opportunities/%D0%BD%D0%B8%D1%88')
      .header('x-inertia', 'true')
      .header('x-inertia-version', 'stale')
      .redirects(0)
    response.assertStatus(409)
    assert.equal(response.header('x-inertia-location'), '/opportunities/%D0%BD%D0%B8%D1%88')
  })
})

test.group('Hostile requests: control characters in bodies', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  const clearLimits = () => clearTestRedisKeys(`${env.get('REDIS_KEY_PREFIX')}*inquiry_*`)
  group.each.setup(clearLimits)
  group.teardown(clearLimits)

  test('a form field with NUL is a 422 field error and stores nothing', async ({
    client,
    assert,
  }) => {
    const before = await countRows('contacts', 'inquiries', 'deals', 'users', 'consents')
    const inquiry = await client
      .post('/inquiry')
      .json({ fullName: 'Mi\u0000lica', email: 'm@example.de', question: 'Hi', consent: true })
      .header('accept', 'application/json')
      .withCsrfToken()
      .redirects(0)
    inquiry.assertStatus(422)
    assert.deepEqual(inquiry.body().errors, [
      {
        field: 'fullName',
        rule: 'controlCharacters',
        message:
          'This field contains characters that are not allowed (control characters such as NUL).',
      },
    ])
    // Nested fields and field names are checked too; line breaks and tabs stay allowed.
    const register = await client
      .post('/register')
      .json({ name: 'Ana', email: 'ana@example.org', profile: { bio: ['ok', 'x\u0008'] } })
      .header('accept', 'application/json')
      .withCsrfToken()
      .redirects(0)
    register.assertStatus(422)
    assert.equal(register.body().errors[0].field, 'profile.bio.1')
    const badName = await client
      .post('/register')
      .json({ ['na\u0000me']: 'Ana' })
      .header('accept', 'application/json')
      .withCsrfToken()
      .redirects(0)
    badName.assertStatus(422)
    assert.equal(badName.body().errors[0].field, 'na?me')
    assert.deepEqual(await countRows('contacts', 'inquiries', 'deals', 'users', 'consents'), before)
  })

  test('an Inertia form with NUL goes back to the page with the error beside the field (the form keeps its input)', async ({
    client,
    assert,
  }) => {
    const before = await countRows('contacts', 'inquiries', 'deals', 'consents')
    const response = await client
      .post('/inquiry')
      .form({
        fullName: 'Mi\u0000lica',
        email: 'm@example.de',
        question: 'Zdravo',
        consent: 'true',
      })
      .header('x-inertia', 'true')
      .header('referer', '/inquiry')
      .header('accept-language', 'sr-Latn')
      .withCsrfToken()
      .redirects(0)
    assert.oneOf(response.status(), [302, 303])
    assert.equal(response.header('location'), '/inquiry')
    const fieldErrors = response.flashMessages().inputErrorsBag as FieldErrors
    assert.deepEqual(fieldErrors?.fullName, [
      'Ovo polje sadrži nedozvoljene znakove (kontrolne znakove poput NUL).',
    ])
    assert.deepEqual(await countRows('contacts', 'inquiries', 'deals', 'consents'), before)
  })

  test('a signed-in investor posting NUL in an interest or the profile gets field errors', async ({
    client,
    assert,
  }) => {
    const { investor, opportunity } = await listingAndInvestor()
    const before = await countRows('interests', 'outbox_messages')
    const interest = await expressInterest(client, investor, opportunity, {
      json: { amountMinEur: 1000, message: 'a\u0000b', contactChannel: 'phone' },
      asJsonCaller: true,
    })
    interest.assertStatus(422)
    assert.equal(interest.body().errors[0].field, 'message')
    // An Inertia form goes back to the page with the error beside the field.
    const profile = await client
      .put('/investor/profile')
      .json({ placeOfBirth: 'Ni\u0000š' })
      .header('x-inertia', 'true')
      .header('referer', '/investor/profile')
      .header('accept-language', 'sr-Latn')
      .loginAs(investor)
      .withCsrfToken()
      .redirects(0)
    assert.oneOf(profile.status(), [302, 303])
    assert.equal(profile.header('location'), '/investor/profile')
    assert.match(
      (profile.flashMessages().inputErrorsBag as FieldErrors)?.placeOfBirth?.[0] ?? '',
      /^Ovo polje sadrži nedozvoljene znakove/
    )
    assert.deepEqual(await countRows('interests', 'outbox_messages'), before)
    const saved = await db.from('users').where('id', investor.id).first()
    assert.notInclude(JSON.stringify(saved), '\\u0000')
  })
})

test.group('Hostile requests: unexpected errors', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a failing query answers a generic 500 with the request id, never the SQL', async ({
    client,
    assert,
  }) => {
    const { organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation)
    // Inside the rolled-back test transaction: every query on the table now fails.
    await db.rawQuery('alter table opportunities rename to opportunities_gone')

    const api = await client.get(`/api/v1/opportunities/${opportunity.slug}`)
    api.assertStatus(500)
    const [error] = api.body().errors
    assert.equal(error.message, 'We have been told about it. Please try again in a moment.')
    assert.equal(error.requestId, api.header('x-request-id'))
    assert.notMatch(api.text(), SQL_OR_STACK)

    const page = await client
      .get(`/opportunities/${opportunity.slug}`)
      .header('accept', 'text/html')
    page.assertStatus(500)
    assert.include(page.text(), 'errors/server_error')
    assert.include(page.text(), page.header('x-request-id')!)
    assert.notMatch(page.text(), SQL_OR_STACK)

    const inertia = await client
      .get(`/opportunities/${opportunity.slug}`)
      .header('x-inertia', 'true')
      .header('x-inertia-version', '1')
    inertia.assertStatus(500)
    assert.equal(inertia.body().component, 'errors/server_error')
    assert.notMatch(inertia.text(), SQL_OR_STACK)
  })
})

test.group('Hostile requests: the web process survives', () => {
  test('the requests that used to crash it get answers, and /health still answers', async ({
    assert,
  }) => {
    const prefix = `${env.get('REDIS_KEY_PREFIX')}hostile:`
    const server = await startAppServer(await freePort(), { REDIS_KEY_PREFIX: prefix })
    try {
      for (const { path, headers } of crashingRequests) {
        const response = await fetch(`${server.url}${path}`, { headers, redirect: 'manual' })
        const body = await response.text()
        assert.isBelow(response.status, 500, `${path}: ${body}`)
        assert.notMatch(body, SQL_OR_STACK, path)
        const health = await fetch(`${server.url}/health`)
        assert.equal(health.status, 200, `alive after ${path}\n${server.output()}`)
      }
      assert.notInclude(server.output(), 'ERR_INVALID_CHAR')
      console.log(`  ${crashingRequests.length} crashing requests sent, process still serving`)
    } finally {
      await server.stop()
      await clearTestRedisKeys(prefix)
    }
  }).timeout(90_000)
})
