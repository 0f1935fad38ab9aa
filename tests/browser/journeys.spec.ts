/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser)
import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import drive from '@adonisjs/drive/services/main'
import i18nManager from '@adonisjs/i18n/services/main'
import sharp from 'sharp'
import type { Browser, BrowserContext, Page } from 'playwright'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import Deal from '#models/deal'
import Interest from '#models/interest'
import Introduction from '#models/introduction'
import Municipality from '#models/municipality'
import Opportunity from '#models/opportunity'
import OpportunityDocument from '#models/opportunity_document'
import SentEmail from '#models/sent_email'
import { drainOutbox } from '#tests/helpers/outbox'
import { toCyrillic } from '#services/serbian_script'

type Locale = 'en' | 'sr-Latn' | 'sr-Cyrl'

/**
 * The whole chain of issue 16, as four people in four browser contexts: a partner lists a
 * project (a bad submission first), staff preview and publish it, an investor finds it by a
 * Cyrillic word of its Latin title, saves it, opens the data room and expresses interest,
 * staff work the deal and start an introduction, the partner accepts in their inbox, both
 * sides get the introduction e-mail (read in the mail preview) and the investor sees
 * "Introduced". Once per language, and once on a phone. The worker's part (outbox jobs) is
 * run in-process between the steps. Step timings are printed for the closing note.
 */
const runs: { name: string; locale: Locale; viewport?: { width: number; height: number } }[] = [
  { name: 'English', locale: 'en' },
  { name: 'Serbian Latin', locale: 'sr-Latn' },
  { name: 'Serbian Cyrillic', locale: 'sr-Cyrl' },
  { name: 'English on a 390 px phone', locale: 'en', viewport: { width: 390, height: 844 } },
]

const baseURL = `http://${process.env.HOST}:${process.env.PORT}`

async function person(
  browser: Browser,
  viewport: { width: number; height: number } | undefined,
  user: Awaited<ReturnType<typeof UserFactory.create>>
) {
  const context = await browser.newContext({
    baseURL,
    viewport: viewport ?? { width: 1280, height: 800 },
  })
  await context.loginAs(user)
  return { context, page: await context.newPage() }
}

/** The text of a rendered element once it holds `expected` (Playwright waits for it). */
async function expectText(page: Page, selector: string, expected: string) {
  await page.locator(selector).filter({ hasText: expected }).first().waitFor()
}

test.group('Journeys (browser): the whole chain for every role', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.timeout(240_000)

  for (const run of runs) {
    test(`${run.name}: list → preview and publish → find, save, data room, interest → work the deal → introduce → accepted in the inbox`, async ({
      browser,
      assert,
      cleanup,
    }) => {
      const i18n = i18nManager.locale(run.locale)
      const t = (key: string, values?: Record<string, unknown>) => i18n.t(key, values)
      const timings: { step: string; ms: number }[] = []
      let started = performance.now()
      const step = (name: string) => {
        const now = performance.now()
        timings.push({ step: name, ms: Math.round(now - started) })
        started = now
      }

      const stamp = `${run.locale}-${run.viewport ? 'phone' : 'desktop'}-${Date.now()}`
      const { user: partner, organisation } = await createPartner()
      partner.locale = run.locale
      partner.fullName = 'Jelena Stanković'
      await partner.save()
      const staff = await UserFactory.apply('staff').merge({ locale: run.locale }).create()
      const investor = await UserFactory.merge({
        locale: run.locale,
        fullName: 'Marko Petrović',
      }).create()
      const contexts: BrowserContext[] = []
      const files: string[] = []
      cleanup(async () => {
        for (const context of contexts) await context.close()
        for (const path of files) await drive.use().delete(path)
      })
      const open = async (user: typeof staff) => {
        const opened = await person(browser, run.viewport, user)
        contexts.push(opened.context)
        return opened.page
      }
      const partnerPage = await open(partner)
      const staffPage = await open(staff)
      const investorPage = await open(investor)
      step('four people signed in')

      // 1. The partner lists a project; the first attempt has no titles and a minimum
      //    ticket above the total: errors beside the fields, everything typed kept, nothing stored.
      const pirot = await Municipality.findByOrFail('nameSrLatn', 'Pirot')
      const form = partnerPage
      await form.goto('/partner/opportunities/new')
      assert.equal(await form.locator('html').getAttribute('lang'), run.locale)
      await form
        .locator('#summaryEn')
        .fill('A 4,000 t cold store next to the Corridor 10 motorway.')
      await form.locator('#descriptionEn').fill('Fruit growers of the region need storage.')
      await form.locator('input[name="sector-agriculture-food"]').check()
      await form.locator('#municipalityId').selectOption(String(pirot.id))
      await form.locator('#type').selectOption('greenfield')
      await form.locator('#stage').selectOption('permitted')
      await form.locator('#totalSizeEur').fill('3500000')
      await form.locator('#minTicketEur').fill('5000000')
      await form.locator('#contactEmail').fill(`investicije-${stamp}@pirot.example.rs`)
      await form.locator('[data-test="save-opportunity"]').click()
      await form.locator('#titleSr-error').waitFor()
      await form.locator('#minTicketEur-error').waitFor()
      const titleError = (await form.locator('#titleSr-error').textContent())!.trim()
      assert.match(titleError, /^\p{Lu}/u, 'a validation message starts with a capital letter')
      await form.assertInputValue(
        '#summaryEn',
        'A 4,000 t cold store next to the Corridor 10 motorway.'
      )
      await form.assertInputValue('#minTicketEur', '5000000')
      await form.assertChecked('input[name="sector-agriculture-food"]')
      assert.lengthOf(await Opportunity.query().where('organisationId', organisation.id), 0)
      step('bad submission: errors shown, input kept, nothing stored')

      const titleEn = `Cold storage for berries in Pirot ${stamp}`
      const titleSr = 'Hladnjača za bobičasto voće u Pirotu'
      await form.locator('#titleEn').fill(titleEn)
      await form.locator('#titleSr').fill(titleSr)
      await form
        .locator('#summarySr')
        .fill('Hladnjača kapaciteta 4.000 t pored autoputa Koridor 10.')
      await form.locator('#descriptionSr').fill('Voćarima regiona je potreban skladišni prostor.')
      await form.locator('#minTicketEur').fill('250000')
      await form.locator('[data-test="save-opportunity"]').click()
      await form.waitForURL('**/partner/opportunities/*/edit')
      await form.locator('[data-test="submit-for-review"]').click()
      await expectText(form, '[data-test="status"]', t('opportunities.statuses.in_review'))
      const listing = await Opportunity.query()
        .where('organisationId', organisation.id)
        .firstOrFail()
      assert.equal(listing.status, 'in_review')
      // Its photo and its data-room file (uploads have their own journey).
      const png = await sharp({
        create: { width: 16, height: 9, channels: 3, background: '#2563eb' },
      })
        .png()
        .toBuffer()
      const photoPath = `opportunities/${listing.id}/gallery/${stamp}.png`
      const filePath = `opportunities/${listing.id}/data_room/${stamp}.pdf`
      await drive.use().put(photoPath, png)
      await drive.use().put(filePath, '%PDF-1.4 business plan')
      files.push(photoPath, filePath)
      await OpportunityDocument.createMany([
        {
          opportunityId: listing.id,
          kind: 'gallery',
          title: 'Site',
          filePath: photoPath,
          fileName: 'site.png',
          mimeType: 'image/png',
          sizeBytes: png.length,
          width: 16,
          height: 9,
        },
        {
          opportunityId: listing.id,
          kind: 'data_room',
          title: 'Business plan',
          filePath,
          fileName: 'business-plan.pdf',
          mimeType: 'application/pdf',
          sizeBytes: 22,
        },
      ])
      step('partner created the listing and sent it for review')

      // 2. Staff open the full preview (the photo loads, the document opens) and publish.
      await staffPage.goto('/staff/opportunities')
      await staffPage.locator(`a[href="/staff/opportunities/${listing.id}"]`).first().click()
      await staffPage.waitForURL(`**/staff/opportunities/${listing.id}`)
      await expectText(staffPage, '[data-test="review-title"]', titleEn)
      const photo = staffPage.locator('[data-test="review-image"]')
      await photo.waitFor()
      await staffPage.waitForFunction(
        (image) => (image as HTMLImageElement | null)?.naturalWidth === 16,
        await photo.elementHandle()
      )
      const documentHref = await staffPage
        .locator('[data-test="review-document"]')
        .first()
        .getAttribute('href')
      assert.equal((await staffPage.request.get(documentHref!)).status(), 200)
      await staffPage.locator('[data-test="approve"]').click()
      await expectText(staffPage, '[role="status"]', t('opportunities.staff.approved'))
      await listing.refresh()
      assert.equal(listing.status, 'published')
      step('staff previewed (image, document) and published')

      // 3. The investor finds it by a Cyrillic word of its Latin title, saves it, opens the
      //    data room and expresses interest.
      await investorPage.goto('/opportunities')
      // A server-rendered page: typed into only once it is live (hydration resets the field).
      await investorPage.locator('html[data-interactive="true"]').waitFor({ state: 'attached' })
      await investorPage.locator('#q').fill('хладњача')
      await investorPage.locator('#q').press('Enter')
      await investorPage.waitForURL(/q=/)
      await investorPage.locator(`a[href="/opportunities/${listing.slug}"]`).first().click()
      await investorPage.waitForURL(`**/opportunities/${listing.slug}`)
      await investorPage.locator('[data-test="save-toggle"]').click()
      await expectText(investorPage, '[data-test="save-toggle"]', t('opportunities.show.unsave'))
      await investorPage.locator('#ndaFullName').fill(investor.fullName)
      await investorPage.locator('#ndaConsent').check()
      await investorPage.locator('[data-test="sign-nda"]').click()
      const dataRoomLink = investorPage.locator('[data-test="data-room"] a').first()
      await dataRoomLink.waitFor()
      assert.equal(
        (await investorPage.request.get((await dataRoomLink.getAttribute('href'))!)).status(),
        200
      )
      await investorPage.locator('#amountMinEur').fill('250000')
      await investorPage.locator('#amountMaxEur').fill('500000')
      await investorPage.locator('#message').fill('I was born in Pirot and would like to visit.')
      await investorPage.locator('#consentToShareContact').check()
      await investorPage.locator('[data-test="interest-form"] button[type="submit"]').click()
      await expectText(investorPage, '[role="status"]', t('opportunities.interest.created'))
      const interest = await Interest.query()
        .where({ investorId: investor.id, opportunityId: listing.id })
        .firstOrFail()
      await drainOutbox()
      const deal = await Deal.findByOrFail('interestId', interest.id)
      step('investor found (Cyrillic), saved, opened the data room, expressed interest')

      // 4. Staff find the deal with the global search (Ctrl+K, a Cyrillic word without its
      //    accents), drag the card, log a call and start the introduction.
      await staffPage.goto('/crm/pipeline')
      await staffPage.locator('html[data-interactive="true"]').waitFor({ state: 'attached' })
      await staffPage.keyboard.press('Control+k')
      await staffPage.locator('[data-test="global-search-input"]').fill('хладњача')
      await staffPage
        .locator(`[data-test="global-search-hit"][href="/crm/deals/${deal.id}"]`)
        .waitFor()
      await staffPage.keyboard.press('Escape')
      const card = staffPage.locator(`[data-deal="${deal.id}"]`)
      await card.waitFor()
      // Dropped near the column's top left corner: on a phone that part is on screen while
      // the board scrolls sideways (its centre is not).
      await card.dragTo(staffPage.locator('[data-stage="qualified"]'), {
        targetPosition: { x: 24, y: 24 },
      })
      await staffPage.locator(`[data-stage="qualified"] [data-deal="${deal.id}"]`).waitFor()
      await staffPage.goto(`/crm/deals/${deal.id}`)
      const callNote = 'Razgovarao sa Markom: dolazi u Pirot u maju.'
      await staffPage.locator('input[name="kind"][value="call"]').check()
      await staffPage.locator('#body').fill(callNote)
      await staffPage.locator('form:has(#body) button[type="submit"]').click()
      await expectText(
        staffPage,
        '[data-test="timeline"]',
        run.locale === 'sr-Cyrl' ? toCyrillic(callNote) : callNote
      )
      await staffPage.locator('[data-test="start-introduction"]').click()
      const introduction = await waitForRow(() =>
        Introduction.query().where('dealId', deal.id).first()
      )
      await drainOutbox()
      step('staff dragged the card, logged a call, started the introduction')

      // 5. The partner accepts in their inbox, with a message.
      await partnerPage.goto('/dashboard')
      const pending = partnerPage.locator('[data-test="inbox-pending"]')
      await pending.waitFor()
      const shownTitle =
        run.locale === 'en' ? titleEn : run.locale === 'sr-Latn' ? titleSr : toCyrillic(titleSr)
      assert.include(await pending.textContent(), shownTitle)
      await partnerPage.locator('[data-test="inbox-deadline"]').waitFor()
      await partnerPage.locator(`#inbox-reason-${introduction.id}`).fill('Glad to meet him.')
      await partnerPage.locator('[data-test="inbox-accept"]').click()
      await expectText(partnerPage, '[role="status"]', t('deals.introduction.accepted'))
      await partnerPage.locator('[data-test="inbox-history"]').waitFor()
      await drainOutbox()
      step('partner accepted in the inbox')

      // 6. The deal is Introduced; both sides got the introduction e-mail, read in the mail
      //    preview (and from the deal's timeline).
      await staffPage.goto(`/crm/deals/${deal.id}`)
      await expectText(staffPage, '[data-test="deal-stage"]', t('deals.stages.introduced'))
      const mails = await SentEmail.query()
        .whereIn('dedupeKey', [
          `introduction:${introduction.id}:made:investor`,
          `introduction:${introduction.id}:made:partner`,
        ])
        .orderBy('id')
      assert.sameMembers(
        mails.map((mail) => mail.toAddress),
        [investor.email, listing.contactEmail]
      )
      for (const mail of mails) {
        await staffPage.goto(`/dev/mail?to=${encodeURIComponent(mail.toAddress)}`)
        await staffPage.locator(`a[href="/dev/mail/${mail.id}"]`).click()
        await expectText(staffPage, '[data-test="email-to"]', mail.toAddress)
        await staffPage.locator('[data-test="email-html"]').waitFor()
        // Each side reads the other's contact details.
        const other = mail.toAddress === investor.email ? listing.contactEmail : investor.email
        assert.include(await staffPage.locator('[data-test="email-text"]').textContent(), other)
        for (const href of await staffPage
          .locator('[data-test="email-links"] a')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
          assert.match(href!, /^(\/|mailto:|https?:\/\/)/)
        }
      }
      await staffPage.goto(`/crm/deals/${deal.id}`)
      await staffPage.locator('[data-test="open-email"]').first().click()
      await staffPage.waitForURL(/\/crm\/emails\/\d+$/)
      await staffPage.locator('[data-test="email-subject"]').waitFor()
      step('deal Introduced; both introduction e-mails read in the mail preview')

      // 7. The investor sees "Introduced".
      await investorPage.goto('/investor/interests')
      await expectText(
        investorPage,
        '[data-test="interest-status"]',
        t('opportunities.interest_statuses.introduced')
      )
      step('investor sees Introduced')

      if (run.viewport) {
        // On the phone the navigation hides behind the menu button and nothing is wider
        // than the screen.
        for (const page of [partnerPage, investorPage]) {
          await page.locator('[data-test="menu-button"]').waitFor()
          assert.isFalse(await page.locator('[data-test="main-nav"]').isVisible())
          assert.isAtMost(await page.evaluate(() => document.documentElement.scrollWidth), 390)
          // The button opens it and says so to screen readers; a second press closes it.
          const menuButton = page.locator('[data-test="menu-button"]')
          await menuButton.click()
          await page.locator('[data-test="main-nav"]').waitFor({ state: 'visible' })
          assert.equal(await menuButton.getAttribute('aria-expanded'), 'true')
          await menuButton.click()
          await page.locator('[data-test="main-nav"]').waitFor({ state: 'hidden' })
        }
      }

      const total = timings.reduce((sum, each) => sum + each.ms, 0)
      console.log(
        `journey ${run.name}: ${timings.map((each) => `${each.step} ${each.ms} ms`).join('; ')}; total ${total} ms`
      )
    })
  }
})

/** A row the server writes in answer to a click: polled, not slept for. */
async function waitForRow<T>(read: () => Promise<T | null>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const row = await read()
    if (row) return row
    if (Date.now() > until) throw new Error('the row never appeared')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
