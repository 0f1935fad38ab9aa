import { test } from '@japa/runner'
import { dealFromInterest, serbianEmailInterest } from '#tests/helpers/marketplace'
import testUtils from '@adonisjs/core/services/test_utils'
import transmit from '@adonisjs/transmit/services/main'
import { BOARD_CHANNEL } from '#services/live_board'
import { waitFor } from '#tests/helpers/worker_process'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'

test.group('Pipeline board (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('staff drag a deal from New to Qualified and it stays there after reload', async ({
    browserContext,
    visit,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const investor = await UserFactory.merge({ fullName: 'Vladimir Janković' }).create()
    const { organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation, { titleEn: 'Cold storage Pirot' })
    const { deal } = await dealFromInterest(investor, opportunity, serbianEmailInterest)

    await browserContext.loginAs(staff)
    const page = await visit('/crm/pipeline')
    const card = page.locator(`[data-deal="${deal.id}"]`)
    await page.assertTextContains('[data-stage="new"]', 'Vladimir Janković')
    await card.dragTo(page.locator('[data-stage="qualified"]'))
    await page.assertTextContains('[data-stage="qualified"]', 'Vladimir Janković')
    await page.assertTextContains('body', 'Deal moved.')

    await page.reload()
    await page.assertTextContains('[data-stage="qualified"]', 'Vladimir Janković')
    await page.assertNotExists(`[data-stage="new"] [data-deal="${deal.id}"]`)
    await deal.refresh()
    assert.equal(deal.lockVersion, 1)
  })

  test('another staff member sees the move live, without reloading', async ({
    browserContext,
    visit,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const investor = await UserFactory.merge({ fullName: 'Dušan Milenković' }).create()
    const { organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation)
    const { deal } = await dealFromInterest(investor, opportunity, serbianEmailInterest)

    await browserContext.loginAs(staff)
    const before = transmit.getSubscribersFor(BOARD_CHANNEL)
    const watcher = await visit('/crm/pipeline')
    await watcher.assertTextContains('[data-stage="new"]', 'Dušan Milenković')
    // The watcher's board has subscribed to the live channel (the server knows its stream).
    await waitFor(
      () => transmit.getSubscribersFor(BOARD_CHANNEL).some((uid) => !before.includes(uid)),
      'the watcher to subscribe to the board channel',
      10_000
    )

    const mover = await visit('/crm/pipeline')
    await mover
      .locator(`[data-deal="${deal.id}"]`)
      .dragTo(mover.locator('[data-stage="qualified"]'))
    await mover.assertTextContains('[data-stage="qualified"]', 'Dušan Milenković')

    await watcher.assertTextContains('[data-stage="qualified"]', 'Dušan Milenković')
  })
})
