import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { UserFactory } from '#database/factories/user_factory'

/** The sign-up, password and inquiry pages a visitor opens before any form is sent. */
test.group('Public account and inquiry pages', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  const codes = (countries: { code: string }[]) => countries.map((country) => country.code)

  test('/register offers every country of residence (the diaspora lives anywhere)', async ({
    client,
    assert,
  }) => {
    const page = await client.get('/register').withInertia()
    page.assertInertiaComponent('accounts/register_investor')
    assert.includeMembers(codes(page.inertiaProps.countries), ['RS', 'DE', 'AT', 'CH', 'US'])
  })

  test('/register/partner offers only the listing region and its municipalities', async ({
    client,
    assert,
  }) => {
    const page = await client.get('/register/partner').withInertia()
    page.assertInertiaComponent('accounts/register_partner')
    const offered = codes(page.inertiaProps.countries)
    assert.includeMembers(offered, ['RS', 'ME', 'MK', 'BA', 'MD', 'BG'])
    assert.notInclude(offered, 'DE')
    assert.include(
      (page.inertiaProps.municipalities as { slug: string }[]).map((m) => m.slug),
      'nis'
    )
  })

  test('/forgot-password and /inquiry/thanks render in the visitor’s language', async ({
    client,
    assert,
  }) => {
    for (const [url, component] of [
      ['/forgot-password', 'accounts/forgot_password'],
      ['/inquiry/thanks', 'deals/inquiry/thanks'],
    ]) {
      const page = await client.get(url).header('accept-language', 'sr').withInertia()
      page.assertInertiaComponent(component)
      assert.equal(page.inertiaProps.locale, 'sr-Latn', url)
      const english = await client.get(url).header('accept-language', 'en').withInertia()
      assert.equal(english.inertiaProps.locale, 'en', url)
    }
  })

  test('signed-in people are sent from the sign-up and password pages to their dashboard', async ({
    client,
  }) => {
    const investor = await UserFactory.create()
    for (const url of ['/register', '/register/partner', '/forgot-password']) {
      const response = await client.get(url).loginAs(investor).redirects(0)
      response.assertStatus(302)
      response.assertHeader('location', '/dashboard')
    }
    // The thank-you page is for anyone who sent the form, signed in or not.
    ;(await client.get('/inquiry/thanks').loginAs(investor).withInertia()).assertInertiaComponent(
      'deals/inquiry/thanks'
    )
  })
})
