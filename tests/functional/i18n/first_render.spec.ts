import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { UserFactory } from '#database/factories/user_factory'

/**
 * The page arrives in the reader's language: the HTML says so from the first byte and
 * carries the language's catalogue, so nothing renders in English first.
 */
test.group("First render in the reader's language", (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a Cyrillic reader gets lang="sr-Cyrl" and the Cyrillic catalogue in the HTML', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.merge({ locale: 'sr-Cyrl' }).create()
    const response = await client.get('/dashboard').loginAs(user)
    response.assertStatus(200)
    assert.match(response.text(), /<html lang="sr-Cyrl"/)
    const json = response
      .text()
      .match(/<script data-page="app" type="application\/json">(.*?)<\/script>/s)![1]
    const page = JSON.parse(json)
    assert.equal(page.props.locale, 'sr-Cyrl')
    assert.equal(page.props.messages.locale, 'sr-Cyrl')
    assert.equal(page.props.messages.entries['common.nav.logout'], 'Одјава')
    // Server-only namespaces stay on the server.
    const keys = Object.keys(page.props.messages.entries)
    assert.isFalse(keys.some((key) => key.startsWith('validator.') || key.startsWith('emails.')))
  })

  test('an Inertia visit that already holds the catalogue is not sent it again; a new language is', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.merge({ locale: 'sr-Latn' }).create()
    const again = await client
      .get('/dashboard')
      .loginAs(user)
      .withInertia()
      .header('X-Inertia-Except-Once-Props', 'messages:sr-Latn')
    assert.notProperty(again.inertiaProps, 'messages')

    // After login (or a language switch) the key differs, so the catalogue comes along.
    const switched = await client
      .get('/dashboard')
      .loginAs(user)
      .withInertia()
      .header('X-Inertia-Except-Once-Props', 'messages:en')
    assert.equal((switched.inertiaProps.messages as { locale: string }).locale, 'sr-Latn')
  })

  test('validation messages start with a capital letter in every language', async ({
    client,
    assert,
  }) => {
    for (const [locale, expected] of [
      ['en', /^E-mail/],
      ['sr-Latn', /^\p{Lu}/u],
      ['sr-Cyrl', /^\p{Lu}/u],
    ] as const) {
      const response = await client
        .post('/inquiry')
        .withCookie('most-locale', locale)
        .header('accept', 'application/json')
        .json({})
        .withCsrfToken()
      response.assertStatus(422)
      const errors = response.body().errors as { field: string; message: string }[]
      const email = errors.find((error) => error.field === 'email')!
      assert.match(email.message, expected, `${locale}: ${email.message}`)
    }
  })

  test("signing in from a page that needs it explains why, in the reader's language", async ({
    client,
  }) => {
    const response = await client
      .get('/account')
      .withCookie('most-locale', 'sr-Cyrl')
      .header('accept', 'application/json')
    response.assertStatus(401)
    response.assertBodyContains({
      errors: [{ message: 'Пријавите се да бисте отворили ову страницу.' }],
    })
  })
})
