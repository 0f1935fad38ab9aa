import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { signedUrlFor } from '@adonisjs/core/services/url_builder'
import User from '#models/user'
import { UserFactory } from '#database/factories/user_factory'

test.group('Signed e-mail links (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the unsubscribe link asks first, then unsubscribes and says so', async ({
    visit,
    assert,
  }) => {
    const investor = await UserFactory.merge({ marketingOptIn: true }).create()
    const link = new URL(
      signedUrlFor('alerts.unsubscribe', { id: investor.id }, { purpose: 'unsubscribe' }),
      'http://localhost'
    )
    const page = await visit(`${link.pathname}${link.search}`)

    await page.assertExists('[data-test="unsubscribe"]')
    await page.assertTextContains('[data-test="unsubscribe"]', investor.email)
    assert.isTrue(
      (await User.findOrFail(investor.id)).marketingOptIn,
      'opening the link changes nothing'
    )

    await page.locator('[data-test="unsubscribe-button"]').click()
    await page.locator('[data-test="unsubscribed"]').waitFor()
    assert.isFalse((await User.findOrFail(investor.id)).marketingOptIn)
  })
})
