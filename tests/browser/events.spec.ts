import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Event from '#models/event'
import { UserFactory } from '#database/factories/user_factory'
import { clearTestRedisKeys } from '#tests/helpers/redis'
import env from '#start/env'
import { listingAndInvestor } from '#tests/helpers/marketplace'
import { wonDeal } from '#tests/helpers/deals'

const clearSignUpLimits = () => clearTestRedisKeys(`${env.get('REDIS_KEY_PREFIX')}*inquiry*`)

test.group('Events and aftercare (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(clearSignUpLimits)
  group.teardown(clearSignUpLimits)

  test('staff create an event and import a list; a visitor signs up on its public page', async ({
    browserContext,
    visit,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    await browserContext.loginAs(staff)
    const page = await visit('/crm/events')
    await page.locator('#name').fill('Diaspora Days')
    await page.locator('#city').fill('Vienna')
    await page.locator('#countryId').selectOption({ label: 'Austria' })
    await page.locator('#startsOn').fill(DateTime.now().plus({ days: 20 }).toISODate()!)
    await page.locator('[data-test="event-form"] button[type="submit"]').click()
    await page.waitForURL(/\/crm\/events\/\d+$/)
    const event = await Event.findByOrFail('name', 'Diaspora Days')

    await page.locator('#file').setInputFiles({
      name: 'list.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name,email,country of residence\nMilan Kostić,not-an-email,Austria\n'),
    })
    await page.locator('[data-test="import-form"] button[type="submit"]').click()
    await page.assertTextContains('[data-test="import-errors"]', 'Line 2 (email)')
    await page.locator('#file').setInputFiles({
      name: 'list.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'name,email,country of residence\nMilan Kostić,milan@example.at,Austria\n'
      ),
    })
    await page.locator('[data-test="import-form"] button[type="submit"]').click()
    await page.assertTextContains('[data-test="attendees"]', 'milan@example.at')

    await browserContext.clearCookies()
    const visitor = await visit(`/events/${event.slug}`)
    await visitor.assertTextContains('h1', 'Diaspora Days')
    await visitor.locator('[data-test="event-signup"] button[type="submit"]').click()
    await visitor.assertExists('#email-error')
    await visitor.assertExists('#countryOfResidence-error')
    await visitor.locator('#fullName').fill('Nevena Jovanović')
    await visitor.locator('#email').fill('nevena@example.ch')
    await visitor.locator('#countryOfResidence').fill('Switzerland')
    await visitor.locator('#consent').check()
    await visitor.locator('[data-test="event-signup"] button[type="submit"]').click()
    await visitor.assertExists('[data-test="signed-up"]')
    const attendees = await db.from('event_attendees').where('event_id', event.id).count('* as n')
    assert.equal(Number(attendees[0].n), 2)
  })

  test("staff record a won deal's impact and see it in the impact report", async ({
    browserContext,
    visit,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const { investor, opportunity } = await listingAndInvestor({ municipality: 'kragujevac' })
    const deal = await wonDeal(staff.id, 'Battery plant: Vesna', {
      investorId: investor.id,
      opportunityId: opportunity.id,
      valueEur: 400_000,
    })

    await browserContext.loginAs(staff)
    const page = await visit(`/crm/deals/${deal.id}`)
    // The form answers once the page is live (hydrated), not as soon as it is painted.
    await page.locator('html[data-interactive="true"]').waitFor({ state: 'attached' })
    await page.locator('#investedEur').fill('-1')
    await page.locator('#jobsCreated').fill('12')
    await page.locator('[data-test="aftercare"] form').first().locator('button').click()
    await page.assertExists('#investedEur-error')
    await page.locator('#investedEur').fill('750000')
    await page.locator('#investorReturned').check()
    await page.locator('[data-test="aftercare"] form').first().locator('button').click()
    await page.assertTextContains(
      '[data-test="timeline"]',
      'Impact recorded: €750,000 invested, 12 jobs'
    )

    const report = await visit('/crm/impact')
    await report.assertTextContains('[data-test="impact-municipalities"]', 'Kragujevac')
    await report.assertTextContains('[data-test="impact-municipalities"]', '750')
    await report.assertTextContains('[data-test="impact-totals"]', '12')
  })
})
