import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { TEST_PASSWORD, UserFactory } from '#database/factories/user_factory'

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

  test('the language switcher renders the page in Serbian Cyrillic', async ({ visit }) => {
    const page = await visit('/')
    await page.locator('[data-test="language-switcher"]').selectOption('sr-Cyrl')
    await page.waitForFunction(
      () => (globalThis as any).document.documentElement.lang === 'sr-Cyrl'
    )
    await page.assertTextContains('[data-test="home-title"]', 'Уложите')
  })
})
