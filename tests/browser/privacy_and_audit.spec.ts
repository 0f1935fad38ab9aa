import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { TEST_PASSWORD, UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'

test.group('Privacy and audit pages (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an investor asks for their data, then deletes the account after a wrong password', async ({
    visit,
    browserContext,
  }) => {
    const investor = await UserFactory.create()
    await browserContext.loginAs(investor)
    const page = await visit('/account')
    await page.assertTextContains('h1', 'My account and privacy')

    await page.getByRole('button', { name: 'Prepare my data' }).click()
    await page.assertTextContains('[data-test="data-export"]', 'being prepared')

    await page.getByLabel('Your password').fill('not-my-password')
    await page.getByLabel('I understand that my account is deleted for good.').check()
    await page.getByRole('button', { name: 'Delete my account' }).click()
    await page.assertTextContains('#password-error', 'The password is not correct.')

    await page.getByLabel('Your password').fill(TEST_PASSWORD)
    await page.getByRole('button', { name: 'Delete my account' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await page.assertTextContains('body', 'Your account has been deleted.')
  })

  test('an admin filters the audit log and reads a change field by field', async ({
    visit,
    browserContext,
  }) => {
    const admin = await UserFactory.apply('admin').create()
    const staff = await UserFactory.apply('staff').merge({ fullName: 'Milica Staff' }).create()
    const { organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation, { status: 'in_review' })
    const { default: ReviewOpportunity } = await import('#actions/opportunities/review_opportunity')
    await new ReviewOpportunity().handle({
      opportunity,
      reviewer: staff,
      decision: { approve: true },
    })

    await browserContext.loginAs(admin)
    const page = await visit('/admin/audit')
    await page.locator('select[name="action"]').selectOption('opportunity.approved')
    await page.getByRole('button', { name: 'Filter' }).click()
    await page.waitForURL((url) => url.searchParams.get('action') === 'opportunity.approved')
    const entry = page.locator('[data-test="audit-entry"]').first()
    await entry.waitFor()
    await page.assertTextContains('[data-test="audit-entry"]', 'Listing approved')
    await page.assertTextContains('[data-test="audit-entry"]', 'Milica Staff (Staff)')
    await page.assertTextContains('[data-test="audit-entry"]', 'in_review')
    await page.assertTextContains('[data-test="audit-entry"]', 'published')
  })
})
