import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { cookieJar } from '#tests/helpers/cookie_jar'
import { TEST_PASSWORD, UserFactory, createPartner } from '#database/factories/user_factory'

test.group('Login and logout', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  for (const role of ['investor', 'partner', 'staff', 'admin'] as const) {
    test(`a ${role} logs in and reaches the dashboard`, async ({ client, assert }) => {
      const user =
        role === 'partner'
          ? (await createPartner()).user
          : await UserFactory.merge({ role }).create()

      const login = await client
        .post('/login')
        .form({ email: user.email.toUpperCase(), password: TEST_PASSWORD })
        .withCsrfToken()
        .redirects(0)
      login.assertStatus(302)
      login.assertHeader('location', '/dashboard')

      const dashboard = await client.get('/dashboard').loginAs(user).withInertia()
      dashboard.assertStatus(200)
      dashboard.assertInertiaComponent('investors/dashboard')
      assert.equal(dashboard.inertiaProps.user.role, role)
      assert.notProperty(dashboard.inertiaProps.user, 'password')
    })
  }

  test('a wrong password is refused with a message beside the e-mail field', async ({ client }) => {
    const user = await UserFactory.create()
    const response = await client
      .post('/login')
      .header('referer', '/login')
      .form({ email: user.email, password: 'wrong-password' })
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', '/login')
    response.assertFlashMessage('inputErrorsBag', {
      email: ['The e-mail or password is not correct.'],
    })
  })

  test('an unknown e-mail gets the same answer as a wrong password', async ({ client }) => {
    const response = await client
      .post('/login')
      .header('referer', '/login')
      .form({ email: 'nobody@example.com', password: 'whatever-it-is' })
      .withCsrfToken()
      .redirects(0)
    response.assertFlashMessage('inputErrorsBag', {
      email: ['The e-mail or password is not correct.'],
    })
  })

  test('a login form without the CSRF token is refused', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const response = await client
      .post('/login')
      .form({ email: user.email, password: TEST_PASSWORD })
      .redirects(0)
    // Shield sends the visitor back to the form instead of logging them in.
    response.assertStatus(302)
    assert.notEqual(response.header('location'), '/dashboard')
    assert.notProperty(response.session(), 'auth_web')
  })

  test('logging out ends the session, also for a copy of the old cookie', async ({ assert }) => {
    const user = await UserFactory.create()
    const browser = cookieJar()
    await browser.request('/login')
    const login = await browser.request('/login', {
      method: 'POST',
      json: { email: user.email, password: TEST_PASSWORD },
    })
    assert.equal(login.headers.get('location'), '/dashboard')
    assert.equal((await browser.request('/dashboard')).status, 200)
    // What someone who copied the cookie while signed in holds.
    const stolen = browser.snapshot()

    const logout = await browser.request('/logout', { method: 'POST', json: {} })
    assert.equal(logout.status, 302)
    assert.equal(logout.headers.get('location'), '/')
    for (const holder of [browser, stolen]) {
      const dashboard = await holder.request('/dashboard')
      assert.equal(dashboard.status, 302)
      assert.equal(dashboard.headers.get('location'), '/login')
    }
  })
})
