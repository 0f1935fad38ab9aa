import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import type { Assert } from '@japa/assert'
import type { BrowserContext, Page } from 'playwright'
import Contact from '#models/contact'
import SuccessStory from '#models/success_story'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { everyPayload, shortPayload } from '#tests/helpers/xss_payloads'
import { openDeal } from '#tests/helpers/deals'

/**
 * What the browser makes of user-supplied text (SSR is off: the server's HTML holds only
 * JSON, so only the rendered page shows whether Vue escaped it). Every page where a
 * visitor's, partner's or inquirer's words appear is opened with the probes of
 * functional/security/xss.spec.ts stored in its fields: no probe may run (no dialog from
 * `alert`, no `window.__xss` set), no element the probes would create may exist, and each
 * probe is on the page, character for character, as text.
 */

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Dialogs opened in this context (an `alert` that ran). */
function watchDialogs(context: BrowserContext) {
  const opened: string[] = []
  context.on('dialog', async (dialog) => {
    opened.push(dialog.message())
    await dialog.dismiss()
  })
  return opened
}

async function assertInert(
  assert: Assert,
  page: Page,
  dialogs: string[],
  marker: string,
  texts: string[]
) {
  await page.getByText(marker).first().waitFor()
  // Let the broken images fail and the handlers (if any were created) fire.
  await page.waitForLoadState('networkidle')
  const shown = collapse(await page.locator('body').innerText())
  for (const text of texts) {
    for (const line of text.split('\n')) assert.include(shown, collapse(line), `shown as text`)
  }
  assert.isUndefined(await page.evaluate(() => (globalThis as any).__xss), 'a probe ran')
  assert.deepEqual(dialogs, [], 'an alert ran')
  const injected = await page
    .locator(
      '#app [onerror], #app [onload], #app [onfocus], #app [ontoggle], #app [onstart], #app script, #app iframe, #app object, #app embed, #app svg[onload], #app marquee'
    )
    .count()
  assert.equal(injected, 0, 'an element from a probe exists')
}

test.group('XSS in the browser', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  // Every probe is watched from the test's first page on (the browser plugin's own setup,
  // which opens the test's browser context, runs before this one).
  let dialogs: string[] = []
  group.each.setup((t) => {
    dialogs = watchDialogs(t.context.browserContext)
  })

  test('listing title, summary and description on the browse and detail pages', async ({
    assert,
    visit,
  }) => {
    const { organisation } = await createPartner()
    const title = shortPayload('Listing-XSS-probe', 160)
    const summary = shortPayload('Summary-XSS-probe', 500)
    const description = everyPayload('Description-XSS-probe')
    const opportunity = await createOpportunity(organisation, {
      titleEn: title,
      summaryEn: summary,
    })
    opportunity.descriptionEn = description
    await opportunity.save()

    const browse = await visit('/opportunities')
    await assertInert(assert, browse, dialogs, 'Listing-XSS-probe', [title, summary])
    const detail = await visit(`/opportunities/${opportunity.slug}`)
    await assertInert(assert, detail, dialogs, 'Description-XSS-probe', [
      title,
      summary,
      description,
    ])
  })

  test('organisation name and description on its public page', async ({ assert, visit }) => {
    const { organisation } = await createPartner()
    organisation.name = shortPayload('Organisation-XSS-probe', 160)
    organisation.description = everyPayload('About-XSS-probe')
    await organisation.save()

    const page = await visit(`/organisations/${organisation.slug}`)
    await assertInert(assert, page, dialogs, 'About-XSS-probe', [
      organisation.name,
      organisation.description,
    ])
  })

  test('a published story: title, person and text', async ({ assert, visit }) => {
    const story = await SuccessStory.create({
      slug: `xss-story-${Date.now()}`,
      personName: shortPayload('Person-XSS-probe', 160),
      titleEn: shortPayload('Story-XSS-probe', 200),
      titleSr: shortPayload('Story-XSS-probe', 200),
      bodyEn: everyPayload('Body-XSS-probe'),
      bodySr: everyPayload('Body-XSS-probe'),
      status: 'published',
      publishedAt: DateTime.now(),
      consentRecordedAt: DateTime.now(),
    })

    const page = await visit(`/stories/${story.slug}`)
    await assertInert(assert, page, dialogs, 'Body-XSS-probe', [
      story.titleEn,
      story.personName,
      story.bodyEn,
    ])
  })

  test('a deal card on the pipeline board and an inquirer on the contact page', async ({
    assert,
    browserContext,
    visit,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const investor = await UserFactory.merge({
      fullName: shortPayload('Investor-XSS-probe', 120),
    }).create()
    const { organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation)
    const deal = await openDeal(staff.id, shortPayload('Deal-XSS-probe', 200), {
      investorId: investor.id,
      opportunityId: opportunity.id,
    })
    const contact = await Contact.create({
      kind: 'inquirer',
      email: 'inquirer@example.rs',
      locale: 'en',
      fullName: shortPayload('Contact-XSS-probe', 160),
      company: shortPayload('Company-XSS-probe', 160),
      currentJob: shortPayload('Job-XSS-probe', 100),
      placeOfResidence: shortPayload('Residence-XSS-probe', 100),
    })

    await browserContext.loginAs(staff)
    const board = await visit('/crm/pipeline')
    await assertInert(assert, board, dialogs, 'Deal-XSS-probe', [deal.title])
    const page = await visit(`/crm/contacts/${contact.id}`)
    await assertInert(assert, page, dialogs, 'Contact-XSS-probe', [
      contact.fullName,
      contact.company!,
      contact.currentJob!,
      contact.placeOfResidence!,
    ])
  })
})
