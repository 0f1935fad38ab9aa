import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { UserFactory, createPartner } from '#database/factories/user_factory'

test.group('Account page (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a partner is sent to their organisation page, which opens', async ({
    browserContext,
    visit,
  }) => {
    const { user, organisation } = await createPartner()
    await browserContext.loginAs(user)
    const page = await visit('/account')
    await page.assertNotExists('[data-test="consents-settings"] a[href="/investor/profile"]')
    await page.locator('[data-test="consents-settings"] a[href="/partner/organisation"]').click()
    await page.waitForURL('**/partner/organisation')
    await page.assertTextContains('h1', organisation.name)
  })

  test('an investor is sent to their profile, which opens', async ({ browserContext, visit }) => {
    const investor = await UserFactory.create()
    await browserContext.loginAs(investor)
    const page = await visit('/account')
    await page.locator('[data-test="consents-settings"] a[href="/investor/profile"]').click()
    await page.waitForURL('**/investor/profile')
    await page.assertNotExists('[data-test="consents-settings"]')
  })

  test('staff are offered no profile link they cannot open', async ({ browserContext, visit }) => {
    const staff = await UserFactory.apply('staff').create()
    await browserContext.loginAs(staff)
    const page = await visit('/account')
    await page.assertExists('[data-test="consents-settings"]')
    await page.assertNotExists('[data-test="consents-settings"] a')
  })
})
