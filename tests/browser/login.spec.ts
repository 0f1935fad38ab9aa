import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { TEST_PASSWORD, UserFactory } from '#database/factories/user_factory'
import User from '#models/user'

test.group('Login journey (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an investor logs in through the real page and sees the dashboard', async ({ visit }) => {
    const user = await UserFactory.merge({ fullName: 'Vladimir Janković' }).create()
    const page = await visit('/login')
    await page.getByLabel('E-mail').fill(user.email)
    await page.getByLabel('Password').fill(TEST_PASSWORD)
    await page.getByRole('button', { name: 'Log in' }).click()

    await page.waitForURL('**/dashboard')
    await page.assertTextContains('[data-test="dashboard-title"]', 'Welcome, Vladimir Janković')
    await page.assertTextContains('[data-test="current-user"]', 'Investor')
  })

  test('a wrong password shows the error beside the field', async ({ visit }) => {
    const user = await UserFactory.create()
    const page = await visit('/login')
    await page.getByLabel('E-mail').fill(user.email)
    await page.getByLabel('Password').fill('not-the-password')
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.assertTextContains('#email-error', 'The e-mail or password is not correct.')
  })

  test('an investor signs up through the form; a short password is shown beside its field', async ({
    visit,
    assert,
  }) => {
    const email = `sign-up-${Date.now()}@example.com`
    const page = await visit('/register')
    await page.locator('#fullName').fill('Jelena Stanković')
    await page.locator('#email').fill(email)
    await page.locator('#password').fill('short')
    await page.locator('#passwordConfirmation').fill('short')
    await page.locator('#residenceCountryId').selectOption({ label: 'Germany' })
    await page.locator('#acceptTerms').check()
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.locator('#password-error').waitFor()
    // What was typed stays, except the password (the form clears it after every answer).
    assert.equal(await page.locator('#fullName').inputValue(), 'Jelena Stanković')
    assert.equal(await page.locator('#password').inputValue(), '')
    assert.isNull(await User.findBy('email', email))

    await page.locator('#password').fill(TEST_PASSWORD)
    await page.locator('#passwordConfirmation').fill(TEST_PASSWORD)
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.waitForURL('**/dashboard')
    await page.assertTextContains('[data-test="current-user"]', 'Jelena Stanković')
    assert.equal((await User.findByOrFail('email', email)).role, 'investor')
  })

  test('a partner signs up with an organisation; the terms box is required beside the button', async ({
    visit,
    assert,
  }) => {
    const email = `partner-sign-up-${Date.now()}@example.com`
    const page = await visit('/register/partner')
    await page.locator('[id="organisation.name"]').fill('Razvojna agencija Zaječar')
    await page.locator('[id="organisation.kind"]').selectOption({ label: 'Municipal office' })
    await page.locator('[id="organisation.countryId"]').selectOption({ label: 'Serbia' })
    await page.locator('#fullName').fill('Ivana Petković')
    await page.locator('#email').fill(email)
    await page.locator('#password').fill(TEST_PASSWORD)
    await page.locator('#passwordConfirmation').fill(TEST_PASSWORD)
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.assertTextContains('#acceptTerms-error', 'Please accept to continue.')
    assert.isNull(await User.findBy('email', email))

    await page.locator('#password').fill(TEST_PASSWORD)
    await page.locator('#passwordConfirmation').fill(TEST_PASSWORD)
    await page.locator('#acceptTerms').check()
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.waitForURL('**/dashboard')
    await page.assertTextContains('[data-test="current-user"]', 'Ivana Petković')
    const partner = await User.findByOrFail('email', email)
    assert.equal(partner.role, 'partner')
  })

  test('the language switcher renders the page in Serbian Cyrillic', async ({ visit }) => {
    const page = await visit('/')
    await page.locator('[data-test="language-switcher"]').selectOption('sr-Cyrl')
    await page.waitForFunction(
      () => (globalThis as any).document.documentElement.lang === 'sr-Cyrl'
    )
    await page.assertTextContains('[data-test="home-title"]', 'Уложите')
  })
})
