import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import SentEmail from '#models/sent_email'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { drainOutbox } from '#tests/helpers/outbox'

test.group('Saved search alert (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an investor agrees to alerts and saves a Cyrillic search → staff approve a matching listing → the alert is e-mailed', async ({
    browserContext,
    visit,
    assert,
  }) => {
    const investor = await UserFactory.merge({ fullName: 'Dušan Marković' }).create()
    const staff = await UserFactory.apply('staff').create()
    const { organisation } = await createPartner()

    // The investor agrees to e-mail alerts on the profile page.
    await browserContext.loginAs(investor)
    const profile = await visit('/investor/profile')
    await profile.locator('#residenceCountryId').selectOption({ label: 'Germany' })
    await profile.locator('#placeOfBirth').fill('Pirot')
    await profile.locator('#marketingOptIn').check()
    await profile.getByRole('button', { name: 'Save profile' }).click()
    await profile.assertTextContains('body', 'Your profile was saved.')
    await profile.assertTextContains('[data-test="alert-settings"]', 'You agreed on')

    // A search in Cyrillic, saved with instant e-mail.
    const browse = await visit('/opportunities')
    await browse.locator('#q').fill('хладњача')
    await browse.getByRole('button', { name: 'Show results' }).click()
    await browse.waitForURL(/q=/)
    await browse.locator('#savedSearchName').fill('Cold stores')
    await browse.locator('#savedSearchFrequency').selectOption({ label: 'At once' })
    await browse.getByRole('button', { name: 'Save search' }).click()
    await browse.assertTextContains('body', 'Your search was saved.')
    const searches = await visit('/investor/searches')
    await searches.assertTextContains('[data-test="saved-search"]', 'хладњача')

    // A partner's listing written in Latin script waits for review; staff approve it.
    await createOpportunity(organisation, {
      status: 'in_review',
      municipality: 'pirot',
      sectors: ['agriculture-food'],
      titleEn: 'Berry cold store in Pirot',
      titleSr: 'Hladnjača za bobice u Pirotu',
    })
    await browserContext.loginAs(staff)
    const review = await visit('/staff/opportunities')
    await review.assertTextContains('[data-test="review-row"]', 'Berry cold store in Pirot')
    await review.locator('[data-test="approve"]').click()
    await review.assertTextContains('body', 'The listing is published')

    // The worker's jobs run: the alert job, then the e-mail.
    await drainOutbox()
    const alerts = await SentEmail.query().where('toAddress', investor.email)
    assert.lengthOf(alerts, 1)
    assert.equal(alerts[0].subject, 'A new project for you: Berry cold store in Pirot')
    assert.include(alerts[0].text, 'Found by your saved search “Cold stores”.')

    // Staff see the investor among those the listing fits (born in Pirot), already told.
    const published = await visit('/staff/opportunities?status=published')
    await published.locator('[data-test="matches-link"]').first().click()
    await published.waitForURL('**/matches')
    await published.assertTextContains('[data-test="match-row"]', 'Dušan Marković')
    await published.assertTextContains('[data-test="match-explanation"]', 'your home town Pirot')
    await published.assertTextContains('[data-test="alerted"]', 'Told on')
  })
})
