import { test } from '@japa/runner'
import axe from 'axe-core'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import type { Page } from 'playwright'
import Country from '#models/country'
import Event from '#models/event'
import PipelineStage from '#models/pipeline_stage'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import {
  dealFromInterest,
  pirotColdStorage,
  serbianEmailInterest,
} from '#tests/helpers/marketplace'
import { inParallel } from '#tests/helpers/in_parallel'

const baseURL = `http://${process.env.HOST}:${process.env.PORT}`

interface Violation {
  id: string
  impact: string | null
  nodes: number
  targets: string[]
}

/** axe-core (WCAG 2.1 A/AA and best practices) on the page as it stands. */
async function audit(page: Page): Promise<Violation[]> {
  await page.evaluate(axe.source)
  return (await page.evaluate(`axe
    .run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })
    .then((result) => result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.length,
      targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    })))`)) as Violation[]
}

test.group('Accessibility (axe-core, browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.timeout(300_000)

  test('public and main signed-in pages have no serious or critical violation', async ({
    browser,
    assert,
    cleanup,
  }) => {
    const { user: partner, organisation } = await createPartner()
    const listing = await createOpportunity(organisation, {
      titleEn: 'Solar park on the Nišava',
      municipality: 'nis',
    })
    const event = await Event.create({
      slug: `axe-event-${Date.now()}`,
      name: 'Diaspora evening Vienna',
      city: 'Vienna',
      countryId: (await Country.findByOrFail('code', 'AT')).id,
      description: 'Meet municipalities from Serbia.',
      signupOpen: true,
      startsOn: DateTime.now().plus({ days: 20 }),
    })
    const investor = await UserFactory.create()
    const staff = await UserFactory.apply('staff').create()

    const pages: [string, string | null][] = [
      ['/', null],
      ['/opportunities', null],
      ['/opportunities?view=map', null],
      [`/opportunities/${listing.slug}`, null],
      [`/organisations/${organisation.slug}`, null],
      ['/municipalities/nis', null],
      ['/directory', null],
      ['/figures', null],
      ['/stories', null],
      [`/events/${event.slug}`, null],
      ['/inquiry', null],
      ['/login', null],
      ['/register', null],
      ['/register/partner', null],
      ['/dashboard', 'investor'],
      [`/opportunities/${listing.slug}`, 'investor'],
      ['/investor/profile', 'investor'],
      ['/partner/opportunities', 'partner'],
      ['/crm/pipeline', 'staff'],
      ['/crm/deals', 'staff'],
      ['/crm/reports', 'staff'],
    ]
    const users = { investor, partner, staff }
    const report: Record<string, Violation[]> = {}
    // Each visitor (anonymous, investor, partner, staff) audits their pages in their own
    // context, the four at once (see inParallel); the report keeps the list's order.
    const viewers = [...new Set(pages.map(([, as]) => as))]
    await inParallel(viewers, viewers.length, async (as) => {
      const context = await browser.newContext({ baseURL })
      cleanup(() => context.close())
      if (as) await context.loginAs(users[as as keyof typeof users])
      const page = await context.newPage()
      for (const [path] of pages.filter(([, viewer]) => viewer === as)) {
        await page.goto(path)
        report[`${path}${as ? ` (${as})` : ''}`] = await audit(page)
      }
    })
    const ordered = pages.map(([path, as]) => `${path}${as ? ` (${as})` : ''}`)
    for (const [path, violations] of ordered.map((key) => [key, report[key]] as const)) {
      console.log(
        `axe ${path}: ${
          violations.length
            ? violations.map((v) => `${v.id} [${v.impact}] ×${v.nodes} ${v.targets[0]}`).join('; ')
            : 'no violations'
        }`
      )
    }
    const serious = Object.entries(report).flatMap(([path, violations]) =>
      violations
        .filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
        .map((violation) => `${path}: ${violation.id} (${violation.targets.join(', ')})`)
    )
    assert.deepEqual(serious, [])
  })
})

test.group('Keyboard only (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.timeout(120_000)

  test('skip link, search to the first result in three keys, a listing opened with Enter', async ({
    visit,
    assert,
  }) => {
    const listing = await pirotColdStorage()
    const page = await visit('/opportunities')
    // The first Tab of a page is the skip link; Enter lands in the page's content.
    await page.keyboard.press('Tab')
    assert.equal(await page.evaluate('document.activeElement.dataset.test'), 'skip-link')
    await page.keyboard.press('Enter')
    assert.equal(await page.evaluate('document.activeElement.id'), 'main')

    await page.locator('#q').focus()
    await page.keyboard.type('cold storage pirot')
    await page.keyboard.press('Enter')
    await page.waitForURL(/q=/)
    await page.locator('[data-test="result-count"]').getByText('1 project').waitFor()
    await page.locator('#q').focus()
    // Tab: "skip to the results", Enter, Tab: the first result.
    await page.keyboard.press('Tab')
    assert.equal(await page.evaluate('document.activeElement.dataset.test'), 'skip-to-results')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    assert.equal(
      await page.evaluate('document.activeElement.textContent.trim()'),
      'Cold storage for berries in Pirot'
    )
    await page.keyboard.press('Enter')
    await page.waitForURL(`**/opportunities/${listing.slug}`)
  })

  test('a deal moves to the next stage with the keyboard alone', async ({
    browserContext,
    visit,
    assert,
  }) => {
    const { organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation)
    const investor = await UserFactory.merge({ fullName: 'Keyboard Investor' }).create()
    const { deal } = await dealFromInterest(investor, opportunity, serbianEmailInterest)
    const staff = await UserFactory.apply('staff').create()
    await browserContext.loginAs(staff)
    const page = await visit('/crm/pipeline')
    await page.assertTextContains('[data-stage="new"]', 'Keyboard Investor')
    const select = page.locator(`[data-deal="${deal.id}"] select`)
    await select.focus()
    // The list starts at the next stage: Tab to the button, Enter.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.assertTextContains('[data-stage="qualified"]', 'Keyboard Investor')
    await deal.refresh()
    const stage = await PipelineStage.findOrFail(deal.stageId)
    assert.equal(stage.key, 'qualified')
  })
})
