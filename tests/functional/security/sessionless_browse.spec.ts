import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { cookieJar } from '#tests/helpers/cookie_jar'
import { TEST_PASSWORD, UserFactory } from '#database/factories/user_factory'

/**
 * Anonymous browsing carries no session (app/middleware/session_when_needed_middleware.ts):
 * a cookieless GET of a browse page sets no cookie and stores no session row, while every
 * form still needs the CSRF token of a real session, which GET /session (what the browser
 * asks before a visitor's first form) or any page with a form hands out.
 */
/** The Inertia page object in a full HTML answer. */
const inertiaPage = (html: string) =>
  JSON.parse(html.match(/<script data-page="app" type="application\/json">(.*?)<\/script>/s)![1])

test.group('Browse pages without a session', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  const sessionRows = async () => Number((await db.from('sessions').count('* as n'))[0].n)

  test('a cookieless visitor browses without cookies or session rows, with every security header', async ({
    assert,
  }) => {
    const visitor = cookieJar()
    const rowsBefore = await sessionRows()
    for (const path of ['/', '/opportunities', '/opportunities?sector=energy', '/directory']) {
      const page = await visitor.request(path)
      assert.equal(page.status, 200, path)
      assert.deepEqual(page.headers.getSetCookie(), [], `${path} set a cookie`)
      assert.include(page.headers.get('content-security-policy') ?? '', "default-src 'self'")
      assert.equal(page.headers.get('x-frame-options'), 'DENY')
      assert.equal(page.headers.get('x-content-type-options'), 'nosniff')
    }
    assert.equal(visitor.cookies.size, 0)
    // The session driver of the tests may not be the database: then there are no rows either way.
    assert.equal(await sessionRows(), rowsBefore)
  })

  test('a form page still starts the session and its CSRF cookie', async ({ assert }) => {
    const visitor = cookieJar()
    await visitor.request('/login')
    assert.isTrue(visitor.cookies.has('most-session'))
    assert.isTrue(visitor.cookies.has('XSRF-TOKEN'))
  })

  test('the language switch from a browse page: refused without a session, done after GET /session', async ({
    assert,
  }) => {
    const visitor = cookieJar()
    await visitor.request('/opportunities')
    const refused = await visitor.request('/locale', {
      method: 'POST',
      json: { locale: 'sr-Cyrl' },
    })
    // Shield's "page expired" flow: back with an error, the language unchanged.
    assert.equal(refused.status, 302)
    assert.isFalse(visitor.cookies.has('most-locale'))

    const fresh = cookieJar()
    await fresh.request('/opportunities')
    const start = await fresh.request('/session')
    assert.equal(start.status, 204)
    assert.isTrue(fresh.cookies.has('XSRF-TOKEN'))
    const switched = await fresh.request('/locale', { method: 'POST', json: { locale: 'sr-Cyrl' } })
    assert.equal(switched.status, 302)
    assert.isTrue(fresh.cookies.has('most-locale'))
    const page = await fresh.request('/opportunities')
    assert.equal(inertiaPage(await page.text()).props.locale, 'sr-Cyrl')
  })

  test('a signed-in visitor keeps the session on browse pages', async ({ assert }) => {
    const user = await UserFactory.create()
    const visitor = cookieJar()
    await visitor.request('/login')
    const login = await visitor.request('/login', {
      method: 'POST',
      json: { email: user.email, password: TEST_PASSWORD },
    })
    assert.equal(login.headers.get('location'), '/dashboard')
    const page = await visitor.request('/opportunities')
    assert.equal(page.status, 200)
    assert.equal(inertiaPage(await page.text()).props.user.id, user.id)
  })
})
