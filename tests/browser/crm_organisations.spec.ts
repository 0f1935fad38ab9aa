import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import DealActivity from '#models/deal_activity'
import Contact from '#models/contact'
import Inquiry from '#models/inquiry'
import Consent from '#models/consent'
import Introduction from '#models/introduction'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { openDeal } from '#tests/helpers/deals'
import { dealFromInterest } from '#tests/helpers/marketplace'

test.group('CRM organisations (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('staff find an organisation, read its deals and answer time, and open a deal', async ({
    browserContext,
    visit,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const investor = await UserFactory.merge({ fullName: 'Vesna Radovanović' }).create()
    const { user: partner, organisation } = await createPartner()
    organisation.name = 'Kragujevac Innovation Hub'
    await organisation.save()
    const opportunity = await createOpportunity(organisation, { titleEn: 'Battery plant' })
    const deal = await openDeal(staff.id, 'Battery plant: Vesna', {
      investorId: investor.id,
      opportunityId: opportunity.id,
      valueEur: 400_000,
    })
    const requestedAt = DateTime.now().minus({ days: 2 })
    await Introduction.create({
      dealId: deal.id,
      organisationId: organisation.id,
      contactName: 'Dragana Ilić',
      contactEmail: 'contact@example.rs',
      status: 'accepted',
      requestedAt,
      dueAt: requestedAt.plus({ days: 7 }),
      respondedAt: requestedAt.plus({ hours: 5 }),
    })
    await DealActivity.create({
      dealId: deal.id,
      kind: 'call',
      body: 'Talked about the site visit.',
      actorId: staff.id,
      occurredAt: DateTime.now(),
    })

    await browserContext.loginAs(staff)
    const page = await visit('/crm/organisations')
    await page.locator('input[name="q"]').fill('innovation hub')
    await page.locator('#kind').selectOption(organisation.kind)
    await page.locator('form button[type="submit"]').click()
    await page.waitForURL(/q=innovation.*kind=|kind=.*q=innovation/)
    await page.assertTextContains('[data-test="organisations"]', 'Kragujevac Innovation Hub')
    await page.assertTextContains('[data-test="organisations"]', '5 h')

    await page.getByRole('link', { name: 'Kragujevac Innovation Hub' }).click()
    await page.waitForURL(`**/crm/organisations/${organisation.id}`)
    await page.assertTextContains('[data-test="organisation-median"]', '5 h')
    await page.assertTextContains('[data-test="organisation-people"]', partner.fullName)
    await page.assertTextContains('[data-test="organisation-introductions"]', 'Dragana Ilić')
    await page.assertTextContains(
      '[data-test="organisation-timeline"]',
      'Talked about the site visit.'
    )
    await page.assertTextContains('[data-test="organisation-deals"]', 'Vesna Radovanović')
    await page.assertTextContains('[data-test="organisation-listings"]', 'Battery plant')
    await page.assertTextContains('[data-test="organisation-listings"]', 'Interests: 0')

    await page
      .locator('[data-test="organisation-deals"]')
      .getByRole('link', { name: 'Battery plant: Vesna' })
      .click()
    await page.waitForURL(`**/crm/deals/${deal.id}`)
    await page.assertTextContains('[data-test="deal-organisation"]', 'Kragujevac Innovation Hub')
  })
})

test.group('CRM contacts (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test("staff read a person's interests and questions beside their record", async ({
    browserContext,
    visit,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const investor = await UserFactory.merge({ fullName: 'Milan Đorđević' }).create()
    const { organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation, { titleEn: 'Solar park Vranje' })
    const { deal } = await dealFromInterest(investor, opportunity)
    const contact = await Contact.findOrFail(deal.contactId)
    await Inquiry.create({ contactId: contact.id, question: 'Is the land already zoned?' })
    const quiet = await Contact.create({
      kind: 'inquirer',
      email: 'quiet@example.rs',
      fullName: 'Quiet Person',
    })

    await browserContext.loginAs(staff)
    const page = await visit(`/crm/contacts/${contact.id}`)
    await page.assertTextContains('[data-test="contact-interests"]', 'Solar park Vranje')
    // The consents the interest recorded on the investor's account, counted on the page.
    const consents = await Consent.query().where('userId', investor.id)
    assert.isAbove(consents.length, 0)
    await page.assertTextContains(
      '[data-test="contact-consents"]',
      `${consents.length} ${consents.length === 1 ? 'consent' : 'consents'} recorded`
    )
    await page.assertTextContains('main', 'Is the land already zoned?')
    await page.assertNotExists('text=No interests yet.')

    const empty = await visit(`/crm/contacts/${quiet.id}`)
    await empty.assertTextContains('[data-test="contact-interests"]', 'No interests yet.')
    await empty.assertTextContains('main', 'No questions yet.')
  })
})

test.group('Paginated CRM lists (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('staff page through contacts with Next and Previous', async ({ browserContext, visit }) => {
    const staff = await UserFactory.apply('staff').create()
    // One more than a page, all matching one search so other rows do not interfere.
    await Contact.createMany(
      Array.from({ length: 26 }, (_, index) => ({
        fullName: `Paged Person ${String(index + 1).padStart(2, '0')}`,
        email: `paged-${index + 1}@example.com`,
        kind: 'investor' as const,
      }))
    )
    await browserContext.loginAs(staff)
    const page = await visit('/crm/contacts?q=Paged%20Person')
    await page.assertTextContains('nav[aria-label="Pages"]', 'Page 1 of 2')
    await page.getByRole('button', { name: 'Next' }).click()
    await page.waitForURL(/page=2/)
    await page.assertTextContains('nav[aria-label="Pages"]', 'Page 2 of 2')
    await page.assertNotExists('role=button[name="Next"]')
    await page.getByRole('button', { name: 'Previous' }).click()
    await page.waitForURL((url) => !url.search.includes('page=2'))
    await page.assertTextContains('nav[aria-label="Pages"]', 'Page 1 of 2')
  })
})
