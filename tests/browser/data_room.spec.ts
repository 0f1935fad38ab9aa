import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import drive from '@adonisjs/drive/services/main'
import i18nManager from '@adonisjs/i18n/services/main'
import { readFile } from 'node:fs/promises'
import type { Browser, BrowserContext, Page } from 'playwright'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import NdaSignature from '#models/nda_signature'
import OpportunityDocument from '#models/opportunity_document'
import OpportunityQuestion from '#models/opportunity_question'
import { toCyrillic } from '#services/serbian_script'
import { makePdf, pdfPages } from '#tests/helpers/pdf'

const baseURL = `http://${process.env.HOST}:${process.env.PORT}`

async function signedIn(browser: Browser, user: Awaited<ReturnType<typeof UserFactory.create>>) {
  const context = await browser.newContext({ baseURL, acceptDownloads: true })
  await context.loginAs(user)
  return { context, page: await context.newPage() }
}

async function expectText(page: Page, selector: string, expected: string) {
  await page.locator(selector).filter({ hasText: expected }).first().waitFor()
}

/**
 * Issue 20's data-room journey: an investor (reading in Serbian Cyrillic) signs the NDA,
 * downloads a data-room PDF stamped with their e-mail and asks a public question; the
 * partner answers in English and Serbian on the data-room page; the investor sees the
 * answer in their script. (The incentive view has its own journey.)
 */
test.group('Data room journey (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.timeout(180_000)

  test('investor signs the NDA, downloads a watermarked PDF, asks; partner answers; investor sees the answer and the incentives', async ({
    browser,
    assert,
    cleanup,
  }) => {
    const tInvestor = (key: string, values?: Record<string, unknown>) =>
      i18nManager.locale('sr-Cyrl').t(key, values)
    const tPartner = (key: string) => i18nManager.locale('en').t(key)
    const { user: partner, organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation, {
      municipality: 'nis',
      sectors: ['manufacturing'],
    })
    const investor = await UserFactory.merge({
      locale: 'sr-Cyrl',
      fullName: 'Milica Đorđević',
    }).create()
    const filePath = `opportunities/${opportunity.id}/data_room/browser-${Date.now()}.pdf`
    await drive.use().put(filePath, await makePdf(['Feasibility study', 'Cash flow']))
    await OpportunityDocument.create({
      opportunityId: opportunity.id,
      kind: 'data_room',
      title: 'Feasibility study',
      filePath,
      fileName: 'feasibility.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 1000,
    })
    const contexts: BrowserContext[] = []
    cleanup(async () => {
      for (const context of contexts) await context.close()
      await drive.use().delete(filePath)
      for (const row of await NdaSignature.query().where('opportunityId', opportunity.id)) {
        await drive.use().delete(row.pdfPath)
      }
    })
    const investorSide = await signedIn(browser, investor)
    const partnerSide = await signedIn(browser, partner)
    contexts.push(investorSide.context, partnerSide.context)
    const page = investorSide.page

    // 1. The investor signs the NDA (the text in Cyrillic) and the data room opens.
    await page.goto(`/opportunities/${opportunity.slug}`)
    await expectText(page, '[data-test="nda-text"]', 'Инвеститор прима поверљиве информације')
    await page.locator('[data-test="sign-nda"]').click()
    // Without a name and consent: errors beside the fields, nothing signed.
    await page.locator('[data-test="nda-form"] [data-field-error]').first().waitFor()
    assert.isNull(await NdaSignature.findBy('userId', investor.id))
    await page.locator('#ndaFullName').fill(investor.fullName)
    await page.locator('#ndaConsent').check()
    await page.locator('[data-test="sign-nda"]').click()
    await expectText(page, '[role="status"]', tInvestor('opportunities.nda.signed'))
    await page.locator('[data-test="nda-signed"]').waitFor()

    // 2. The PDF downloads stamped with the investor's e-mail on every page.
    const link = page.locator('[data-test="data-room"] a', { hasText: 'Feasibility study' })
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    const pages = await pdfPages(await readFile((await download.path())!))
    assert.lengthOf(pages, 2)
    for (const text of pages) assert.include(text, investor.email)

    // 3. A public question.
    await page.locator('#body').fill('Да ли је парцела прикључена на гас?')
    await page.locator('input[name="visibility"][value="public"]').check()
    await page.locator('[data-test="ask-question"]').click()
    await expectText(page, '[role="status"]', tInvestor('opportunities.questions.asked'))
    const question = await OpportunityQuestion.findByOrFail('opportunityId', opportunity.id)

    // 4. The partner answers in both languages on the data-room page.
    const partnerPage = partnerSide.page
    await partnerPage.goto(`/partner/opportunities/${opportunity.id}/data-room`)
    await expectText(partnerPage, '[data-test="partner-question"]', 'прикључена на гас')
    await expectText(partnerPage, '[data-test="signatures"]', investor.fullName)
    await expectText(partnerPage, '[data-test="data-room-document"]', 'Feasibility study')
    await expectText(partnerPage, '[data-test="data-room-documents"]', investor.email)
    await partnerPage.locator(`#answerEn-${question.id}`).fill('Yes, gas is on the plot.')
    await partnerPage.locator(`#answerSr-${question.id}`).fill('Da, gas je na parceli.')
    await partnerPage.locator('[data-test="save-answer"]').click()
    await expectText(partnerPage, '[role="status"]', tPartner('opportunities.questions.answered'))

    // The partner's listings page names who opened which document.
    await partnerPage.goto('/partner/opportunities')
    await expectText(partnerPage, '[data-test="downloads"]', investor.fullName)
    await expectText(partnerPage, '[data-test="downloads"]', 'Feasibility study')

    // 5. The investor sees the answer, in Serbian Cyrillic.
    await page.reload()
    await expectText(page, '[data-test="answer"]', toCyrillic('Da, gas je na parceli.'))

    // 6. On the same Niš listing, what the plan costs after the state's incentives.
    await page.locator('#investmentEur').fill('1000000')
    await page.locator('#jobs').fill('50')
    await page.locator('#monthlyGrossSalaryEur').fill('1000')
    await page.locator('[data-test="calculate-incentives"]').click()
    await page.locator('[data-test="incentive-result"]').waitFor()
    await expectText(page, '[data-test="incentives-total"]', '350.000')
    await page.locator('[data-test="estimate-disclaimer"]').waitFor()
  })
})
