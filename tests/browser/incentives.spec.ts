import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'

test.group('Incentives (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an investor sees the incentives and the 10-year cash view for a Niš listing', async ({
    browserContext,
    visit,
    assert,
  }) => {
    const { organisation } = await createPartner()
    const listing = await createOpportunity(organisation, {
      municipality: 'nis',
      sectors: ['manufacturing'],
      titleEn: 'Component plant in Niš',
    })
    await browserContext.loginAs(await UserFactory.create())
    const page = await visit(`/opportunities/${listing.slug}`)
    await page.assertVisible('[data-test="estimate-disclaimer"]')

    await page.locator('#investmentEur').fill('1000000')
    await page.locator('#jobs').fill('50')
    await page.locator('#monthlyGrossSalaryEur').fill('1000')
    await page.locator('#yearlyOperatingCashEur').fill('150000')
    await page.locator('[data-test="calculate-incentives"]').click()

    await page.assertVisible('[data-test="incentive-result"]')
    await page.assertTextContains('[data-test="development-group"]', 'Group II')
    await page.assertTextContains('[data-test="incentives-total"]', '350,000')
    await page.assertTextContains('[data-test="payback-year"]', 'Year 5')
    // Year 0 to year 10.
    assert.equal(await page.locator('[data-test="cash-view"] tbody tr').count(), 11)
    await page.assertTextContains('[data-test="incentive-estimator"]', 'unverified')

    // A plan the form cannot use: the error beside the field, no result.
    await page.locator('#jobs').fill('-5')
    await page.locator('[data-test="calculate-incentives"]').click()
    await page.assertVisible('#jobs-error')
  })

  test('staff see the rules with their sources, unverified ones marked', async ({
    browserContext,
    visit,
  }) => {
    await browserContext.loginAs(await UserFactory.apply('staff').create())
    const page = await visit('/staff/incentives')
    await page.assertTextContains('[data-test="incentive-rules"]', 'fdi-per-job-ii')
    await page.assertTextContains('[data-test="incentive-rules"]', 'Uredba o uslovima')
    await page.assertVisible('[data-test="unverified"] >> nth=0')
  })
})
