import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Country from '#models/country'
import Municipality from '#models/municipality'
import SuccessStory from '#models/success_story'
import RefreshPublicFigures from '#actions/community/figures/refresh_public_figures'
import { OrganisationFactory, UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { wonDeal } from '#tests/helpers/deals'

test.group('Directory, figures and stories (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a visitor filters the directory by country and sees the entries on the map', async ({
    visit,
    assert,
  }) => {
    for (const [name, code, place] of [
      ['Tehnopolis Nikšić', 'ME', 'niksic'],
      ['Chamber of Podgorica', 'ME', 'podgorica'],
      ['Sofia Tech Park', 'BG', 'sofia'],
    ]) {
      await OrganisationFactory.merge({
        name,
        kind: 'technology_park',
        countryId: (await Country.findByOrFail('code', code)).id,
        municipalityId: (await Municipality.findByOrFail('slug', place)).id,
      }).create()
    }
    const page = await visit('/directory')
    const errors: string[] = []
    // The Vite dev server's HMR socket is not part of the page.
    page.on('pageerror', (error) => {
      if (!error.message.includes('WebSocket')) errors.push(error.message)
    })
    await page.assertTextContains('[data-test="directory-entries"]', 'Sofia Tech Park')
    await page.locator('#country').selectOption('ME')
    await page.waitForURL(/country=ME/)
    await page.assertTextContains('[data-test="directory-entries"]', 'Tehnopolis Nikšić')
    await page.assertNotExists('text=Sofia Tech Park')
    // Leaflet draws one circle per entry.
    await page.locator('[data-test="directory-map"] path.leaflet-interactive').first().waitFor()
    assert.equal(
      await page.locator('[data-test="directory-map"] path.leaflet-interactive').count(),
      2
    )
    assert.deepEqual(errors, [])
  })

  test('the figures page draws its charts from the summary table', async ({ visit, assert }) => {
    const { organisation } = await createPartner()
    await createOpportunity(organisation, { municipality: 'skopje', totalSizeEur: 2_500_000 })
    await new RefreshPublicFigures().handle()
    const page = await visit('/figures')
    const errors: string[] = []
    // The Vite dev server's HMR socket is not part of the page.
    page.on('pageerror', (error) => {
      if (!error.message.includes('WebSocket')) errors.push(error.message)
    })
    await page.assertTextContains('[data-test="figure-totals"]', '2,500,000')
    await page.assertTextContains('[data-test="figures-municipalities"]', 'Skopje')
    assert.isAtLeast(await page.locator('canvas').count(), 3)
    // The months of one municipality instead of everything (once the server-rendered page is live).
    await page.locator('html[data-interactive="true"]').waitFor({ state: 'attached' })
    await page.locator('#focus').selectOption('municipality:skopje')
    await page.waitForURL(/focus=municipality%3Askopje|focus=municipality:skopje/)
    await page.assertTextContains('[data-test="figures-focus"]', 'Skopje')
    assert.deepEqual(errors, [])
  })

  test('staff draft a story from a won deal, are stopped without consent, then publish it', async ({
    browserContext,
    visit,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const investor = await UserFactory.merge({ fullName: 'Vesna Radovanović' }).create()
    const { organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation, {
      municipality: 'kragujevac',
      titleEn: 'Battery plant',
    })
    const deal = await wonDeal(staff.id, 'Battery plant: Vesna', {
      investorId: investor.id,
      opportunityId: opportunity.id,
      valueEur: 400_000,
    })

    await browserContext.loginAs(staff)
    const dealPage = await visit(`/crm/deals/${deal.id}`)
    await dealPage.locator('[data-test="draft-story"]').click()
    await dealPage.waitForURL(/\/crm\/stories\/new\?deal=/)
    await dealPage.assertInputValue('#personName', 'Vesna Radovanović')
    await dealPage.getByRole('button', { name: 'Save' }).click()
    await dealPage.waitForURL(/\/crm\/stories\/\d+\/edit/)
    await dealPage.assertTextContains('[data-test="story-deal"]', `#${deal.id}`)
    await dealPage.assertTextContains('[data-test="story-listing"]', 'Battery plant')

    await dealPage.locator('[data-test="publish"]').click()
    await dealPage.assertTextContains('[role="alert"]', 'Record the person')
    const story = await SuccessStory.findByOrFail('dealId', deal.id)
    await story.refresh()
    if (story.status !== 'draft') throw new Error('published without consent')

    await dealPage.locator('#consentGiven').check()
    await dealPage.getByRole('button', { name: 'Save' }).click()
    await dealPage.assertTextContains('[data-test="consent"]', 'Consent recorded')
    await dealPage.locator('[data-test="publish"]').click()
    await dealPage.assertTextContains('body', 'The story is published.')

    const home = await visit('/')
    await home.assertTextContains('[data-test="home-stories"]', 'Vesna Radovanović')
    await home.locator('[data-test="story-card"] a').first().click()
    await home.waitForURL(/\/stories\/vesna-radovanovic-invests-in-kragujevac/)
    await home.assertTextContains('[data-test="story-title"]', 'Kragujevac')
  })
})
