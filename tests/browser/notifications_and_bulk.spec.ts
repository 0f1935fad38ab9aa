import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import transmit from '@adonisjs/transmit/services/main'
import db from '@adonisjs/lucid/services/db'
import Deal from '#models/deal'
import ReassignDeal from '#actions/deals/reassign_deal'
import { waitFor } from '#tests/helpers/worker_process'
import { UserFactory } from '#database/factories/user_factory'
import { openDeal } from '#tests/helpers/deals'

test.group('Notifications and bulk work (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the bell counts a deal handed over live; ticked deals are reassigned in bulk with a report', async ({
    browserContext,
    visit,
    assert,
  }) => {
    const milica = await UserFactory.apply('staff').merge({ fullName: 'Milica Jovanović' }).create()
    const nikola = await UserFactory.apply('staff').merge({ fullName: 'Nikola Đorđević' }).create()
    const handed = await openDeal(milica.id, 'Solar park near Zaječar')
    const own = await openDeal(nikola.id, 'Hotel in Zlatibor')
    const colleagues = await openDeal(milica.id, 'Bakery in Kragujevac')

    await browserContext.loginAs(nikola)
    const page = await visit('/crm/deals')
    const channel = `notifications/${nikola.id}`
    await waitFor(
      () => transmit.getSubscribersFor(channel).length > 0,
      'the bell to subscribe to its own channel',
      10_000
    )
    await page.assertNotExists('[data-test="notification-count"]')

    // Milica hands a deal to Nikola: his bell counts it without a reload.
    await new ReassignDeal().handle({ deal: handed, ownerId: nikola.id, actor: milica })
    await page.assertTextContains('[data-test="notification-count"]', '1')

    // Nikola ticks his own deal and Milica's other one, and hands both to Milica.
    await page.reload()
    await page.locator(`[data-test="select-deal"][value="${own.id}"]`).check()
    await page.locator(`[data-test="select-deal"][value="${colleagues.id}"]`).check()
    await page.assertTextContains('[data-test="bulk-count"]', '2 deals ticked')
    await page.locator('#bulk-owner').selectOption({ label: 'Milica Jovanović' })
    await page.locator('[data-test="bulk-apply"]').click()
    // His own deal goes; Milica's is hers to hand on, so it is reported, not changed.
    await page.assertTextContains('[data-test="bulk-report"]', 'Done: 1. Not done: 1.')
    await page.assertTextContains('[data-test="bulk-failure"]', 'Bakery in Kragujevac')
    assert.equal((await Deal.findOrFail(own.id)).ownerId, milica.id)
    assert.equal((await Deal.findOrFail(colleagues.id)).ownerId, milica.id)
    const audited = await db
      .from('audit_entries')
      .where({ action: 'deal.reassigned', actor_id: nikola.id })
    assert.lengthOf(audited, 1)

    // The notification centre lists the hand-over; reading it empties the bell.
    await page.locator('[data-test="notification-bell"]').click()
    await page.assertTextContains('[data-test="notification"]', 'Solar park near Zaječar')
    await page.locator('[data-test="mark-read"]').click()
    await page.assertTextContains('[data-test="unread-total"]', 'All read')
    await page.assertNotExists('[data-test="notification-count"]')
  })
})
