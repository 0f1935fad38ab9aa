import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import ReceiveInboundMail from '#actions/deals/mail/receive_inbound_mail'
import { dealWithOpenIntroduction, partnerReply, rawMessage } from '#tests/helpers/inbound_mail'

test.group('Received e-mail (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('staff read an unmatched reply as text, unfold its quote and file it on the deal', async ({
    browserContext,
    visit,
    assert,
  }) => {
    const { staff, deal, opportunity } = await dealWithOpenIntroduction()
    const recipient = 'old-thread@reply.most.test'
    await new ReceiveInboundMail().handle({
      raw: await rawMessage({
        ...partnerReply(opportunity.contactEmail, recipient),
        subject: 'Re: plan <img src=x onerror="window.__xss=1">',
        text: undefined,
        html:
          '<p>Rado ćemo se sastati.</p><img src=x onerror="window.__xss=1"><script>window.__xss=1</script>' +
          '<div>On Mon, 7 Dec 2026, Most &lt;hello@most.local&gt; wrote:</div><blockquote>Investitor iz dijaspore</blockquote>',
      }),
      recipients: [recipient],
      source: 'smtp',
    })

    await browserContext.loginAs(staff)
    const page = await visit('/crm/mail')
    await page.assertTextContains('[data-test="filing-address"]', '@reply.most.test')
    await page.assertTextContains('[data-test="inbound-mail-row"]', 'Sent to an unknown address')
    await page.locator('[data-test="inbound-mail-link"]').click()
    await page.waitForURL(/\/crm\/mail\/\d+$/)

    await page.assertTextContains('[data-test="received-mail-body"]', 'Rado ćemo se sastati.')
    await page.assertTextContains('[data-test="inbound-mail"]', 'Re: plan <img src=x')
    // The quoted history is folded until asked for.
    const quote = page.locator('[data-test="received-mail-quoted"] p')
    assert.isFalse(await quote.isVisible())
    await page.locator('[data-test="received-mail-quoted"] summary').click()
    assert.isTrue(await quote.isVisible())
    assert.include(await quote.textContent(), 'Investitor iz dijaspore')
    assert.isUndefined(await page.evaluate(() => (window as { __xss?: number }).__xss))
    assert.equal(await page.locator('[data-test="inbound-mail"] img').count(), 0)

    // The listing partner's deal is suggested and chosen; filing opens it with the reply.
    await page.locator('[data-test="file-mail"] button[type="submit"]').click()
    await page.waitForURL(`**/crm/deals/${deal.id}`)
    await page.assertTextContains('[data-test="timeline"]', 'Rado ćemo se sastati.')
    await page.assertTextContains('[data-test="timeline"]', 'Reply by e-mail')
    assert.isUndefined(await page.evaluate(() => (window as { __xss?: number }).__xss))
  })
})
