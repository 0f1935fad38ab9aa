import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { UserFactory } from '#database/factories/user_factory'

test.group('Language switch', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('choosing Serbian Cyrillic is remembered and answers in Cyrillic', async ({
    client,
    assert,
  }) => {
    const response = await client
      .post('/locale')
      .form({ locale: 'sr-Cyrl' })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertCookie('most-locale', 'sr-Cyrl')

    const page = await client.get('/login').withCookie('most-locale', 'sr-Cyrl').withInertia()
    assert.equal(page.inertiaProps.locale, 'sr-Cyrl')

    // Server-side messages follow the locale too: a login error comes back in Cyrillic.
    const login = await client
      .post('/login')
      .withCookie('most-locale', 'sr-Cyrl')
      .header('referer', '/login')
      .form({ email: 'nobody@example.com', password: 'wrong-password' })
      .withCsrfToken()
      .redirects(0)
    login.assertFlashMessage('inputErrorsBag', { email: ['Имејл или лозинка нису исправни.'] })
  })

  test('a logged-in user keeps the language on the account', async ({ client, assert }) => {
    const user = await UserFactory.create()
    await client
      .post('/locale')
      .form({ locale: 'sr-Latn' })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    await user.refresh()
    assert.equal(user.locale, 'sr-Latn')
  })

  test('the browser language is used when nothing was chosen', async ({ client, assert }) => {
    const page = await client
      .get('/')
      .header('accept-language', 'sr-Latn,sr;q=0.9,en;q=0.5')
      .withInertia()
    assert.equal(page.inertiaProps.locale, 'sr-Latn')
  })

  test('an unknown locale is refused', async ({ client }) => {
    const response = await client
      .post('/locale')
      .json({ locale: 'xx' })
      .header('accept', 'application/json')
      .withCsrfToken()
    response.assertStatus(422)
  })
})
