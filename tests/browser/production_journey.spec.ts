import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { UserFactory, TEST_PASSWORD } from '#database/factories/user_factory'
import { startProductionApp, type ProductionApp } from '#tests/helpers/production_app'
import { removeRowsSince, snapshotTables } from '#tests/helpers/committed_data'
import { waitFor } from '#tests/helpers/worker_process'
import { pirotColdStorage } from '#tests/helpers/marketplace'

/**
 * The investor's main journey in Chromium against the production build (built bundle,
 * static assets, database sessions, the worker in its own process), not the dev server.
 */
test.group('Investor journey on the production build (browser)', (group) => {
  let production: ProductionApp

  group.setup(async () => {
    const snapshot = await snapshotTables()
    production = await startProductionApp()
    return async () => {
      await production.stop()
      const leftovers = await removeRowsSince(snapshot)
      if (leftovers.length) throw new Error(`rows left behind in ${leftovers.join(', ')}`)
    }
  })

  test('signs in through the form, searches, opens a listing, is interested; the worker opens a deal', async ({
    browserContext,
    assert,
  }) => {
    const listing = await pirotColdStorage()
    const investor = await UserFactory.create()
    const page = await browserContext.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))

    await page.goto(`${production.url}/login`)
    await page.locator('#email').fill(investor.email)
    await page.locator('#password').fill(TEST_PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL('**/dashboard')

    await page.goto(`${production.url}/opportunities`)
    await page.locator('#q').fill('cold storage pirot')
    await page.getByRole('button', { name: 'Show results' }).click()
    await page.waitForURL(/q=/)
    await page.locator('[data-test="result-count"]').getByText('1 project').waitFor()
    await page.getByRole('link', { name: 'Cold storage for berries in Pirot' }).click()
    await page.waitForURL(`**/opportunities/${listing.slug}`)

    await page.locator('#amountMinEur').fill('250000')
    await page.locator('#amountMaxEur').fill('500000')
    await page.locator('#message').fill('I am from Pirot and would like to visit the site.')
    await page.locator('#consentToShareContact').check()
    await page.getByRole('button', { name: 'Send my interest' }).click()
    await page.getByText('Your interest was sent').waitFor()

    const interest = await db.from('interests').where('investor_id', investor.id).firstOrFail()
    assert.equal(interest.opportunity_id, listing.id)
    // The deal is opened by the worker process from the queue (or the outbox relay).
    await waitFor(
      async () => Boolean(await db.from('deals').where('interest_id', interest.id).first()),
      'the worker to open the deal',
      30_000,
      () => production.output()
    )
    assert.deepEqual(errors, [])
    await page.close()
  })
})
