import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import ExpressInterest from '#actions/opportunities/express_interest'
import ReviewOpportunity from '#actions/opportunities/review_opportunity'
import {
  FIGURES_REFRESH_WINDOW_MS,
  scheduleFiguresRefresh,
} from '#actions/community/figures/schedule_figures_refresh'
import { drainOutbox } from '#tests/helpers/outbox'
import { serbianEmailInterest } from '#tests/helpers/marketplace'

/** The outbox's figure refreshes, the latest first. */
function queuedRefreshes() {
  return db
    .from('outbox_messages')
    .where('job_name', 'figures:refresh')
    .orderBy('id', 'desc')
    .select('dedupe_key', 'available_at')
}

/** The published-listings total on /figures' summary table. */
async function publishedTotal() {
  const [row] = await db
    .from('figure_summaries')
    .where('dimension', 'total')
    .sum('opportunities_published as total')
  return Number(row.total ?? 0)
}

test.group('Figures follow changes within a minute', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('publishing and an interest queue one refresh for their 30-second window', async ({
    assert,
  }) => {
    const before = await queuedRefreshes()
    const { organisation } = await createPartner()
    const staff = await UserFactory.apply('staff').create()
    const investor = await UserFactory.create()
    const listing = await createOpportunity(organisation, { status: 'in_review' })
    await new ReviewOpportunity().handle({
      opportunity: listing,
      reviewer: staff,
      decision: { approve: true },
    })
    await new ExpressInterest().handle({
      opportunity: listing,
      investor,
      data: serbianEmailInterest,
    })
    const after = await queuedRefreshes()
    const added = after.length - before.length
    // Both changes normally share one window's job; at a window's edge they make two.
    assert.oneOf(added, [1, 2])
    const newest = after[0]
    assert.match(newest.dedupe_key, /^figures:refresh:\d+$/)
    const waits = new Date(newest.available_at).getTime() - Date.now()
    assert.isAtMost(waits, FIGURES_REFRESH_WINDOW_MS)
  })

  test('changes in the same window share one job; the next window gets its own', async ({
    assert,
  }) => {
    const start =
      Math.ceil(Date.now() / FIGURES_REFRESH_WINDOW_MS) * FIGURES_REFRESH_WINDOW_MS + 1e9
    await db.transaction(async (trx) => {
      await scheduleFiguresRefresh(trx, start + 1_000)
      await scheduleFiguresRefresh(trx, start + 20_000)
      await scheduleFiguresRefresh(trx, start + FIGURES_REFRESH_WINDOW_MS + 5)
    })
    const window = Math.floor(start / FIGURES_REFRESH_WINDOW_MS)
    const rows = await db
      .from('outbox_messages')
      .whereIn('dedupe_key', [`figures:refresh:${window}`, `figures:refresh:${window + 1}`])
    assert.lengthOf(rows, 2)
  })

  test('the queued refresh updates the summary table the page reads', async ({ assert }) => {
    const { organisation } = await createPartner()
    const staff = await UserFactory.apply('staff').create()
    await drainOutbox({ includeDelayed: true, only: ['figures:refresh'] })
    const before = await publishedTotal()
    const listing = await createOpportunity(organisation, { status: 'in_review' })
    await new ReviewOpportunity().handle({
      opportunity: listing,
      reviewer: staff,
      decision: { approve: true },
    })
    assert.equal(await publishedTotal(), before, 'not before the job ran')
    const ran = await drainOutbox({ includeDelayed: true, only: ['figures:refresh'] })
    assert.include(ran, 'figures:refresh')
    assert.equal(await publishedTotal(), before + 1)
  })
})
