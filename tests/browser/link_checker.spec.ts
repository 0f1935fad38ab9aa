/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser)
import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import type { Assert } from '@japa/assert'
import type { BrowserContext, Page } from 'playwright'
import { navigationLinks, seedSiteWorld, startPages, type Role } from '#tests/helpers/site_world'
import { inParallel } from '#tests/helpers/in_parallel'

/**
 * The link checker: for each role, every page its navigation reaches (and one record of each
 * kind) is visited in Chromium, and every link and form target on it is requested with the
 * same session. No page may offer a 403, a 404 or a 5xx. What it found goes to the output
 * (for the closing note).
 */
const roles: Role[] = ['visitor', 'investor', 'partner', 'staff', 'admin']
const baseURL = `http://${process.env.HOST}:${process.env.PORT}`
// Leaving is not a page; files and feeds are requested like any link.
const skipped = [/^\/logout/, /^\/__transmit/]

test.group('Link checker (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.timeout(240_000)

  for (const role of roles) {
    test(`${role}: every page the navigation reaches offers no 403, 404 or 500`, async ({
      browser,
      assert,
      cleanup,
    }) => {
      const world = await seedSiteWorld('en')
      cleanup(world.cleanup)
      const context: BrowserContext = await browser.newContext({
        baseURL,
        viewport: { width: 1280, height: 800 },
      })
      cleanup(() => context.close())
      if (role !== 'visitor') await context.loginAs(world.users[role])
      const page = await context.newPage()

      const start = await page.goto(startPages[role])
      assert.equal(start?.status(), 200)
      await page.locator(navigationLinks).first().waitFor({ state: 'attached' })
      const navigation = await hrefs(page, navigationLinks)
      assert.isAbove(navigation.length, 3)
      if (role === 'visitor') await assertHeaderFitsOneRow(page, assert)

      const pages = unique([startPages[role], ...navigation, ...world.records[role]])
      const broken: string[] = []
      // Where each target was first seen; requested once each, after every page was visited.
      const targets = new Map<string, string>()
      // Pages open in three tabs at once, targets are requested six at a time (each page is
      // still visited and each target requested with the role's session).
      const tabs = await Promise.all([page, context.newPage(), context.newPage()])
      await inParallel(pages, tabs.length, async (path, slot) => {
        const tab = tabs[slot]
        const response = await tab.goto(path)
        const status = response?.status() ?? 0
        if (status >= 400) {
          broken.push(`${path} itself answered ${status}`)
          return
        }
        await tab.locator('main').first().waitFor()
        const found = await hrefs(
          tab,
          'main a[href], header a[href], aside a[href], footer a[href], form[action]:not([method="post" i])'
        )
        for (const target of found) {
          if (!targets.has(target) && !skipped.some((pattern) => pattern.test(target))) {
            targets.set(target, path)
          }
        }
      })
      const checked = new Map<string, number>()
      await inParallel([...targets], 6, async ([target, path]) => {
        const answer = await context.request.get(target, { maxRedirects: 5 })
        checked.set(target, answer.status())
        if (answer.status() === 403 || answer.status() === 404 || answer.status() >= 500) {
          broken.push(`${path} → ${target}: ${answer.status()}`)
        }
      })
      console.log(
        `link checker ${role}: ${pages.length} pages visited, ${checked.size} distinct link targets requested, ${broken.length} broken${broken.length ? `: ${broken.join('; ')}` : ''}`
      )
      assert.deepEqual(broken, [])
    })
  }
})

/** The same-site paths of the matching links and forms (no anchors, mail or other sites). */
async function hrefs(page: Page, selector: string) {
  const found = await page.locator(selector).evaluateAll((elements) =>
    elements
      // A recorded e-mail's links are its recipient's (a staff reader may not open them).
      .filter((element) => !element.closest('[data-test="email-links"]'))
      .map((element) =>
        element instanceof HTMLFormElement
          ? element.getAttribute('action')
          : element.getAttribute('href')
      )
  )
  return unique(
    found
      .filter((href): href is string => !!href && href.startsWith('/') && !href.startsWith('//'))
      .map((href) => href.split('#')[0])
      .filter(Boolean)
  )
}

function unique(values: string[]) {
  return [...new Set(values)]
}

/** At 1280 px the public header is one row: logo, navigation and the sign-in buttons. */
async function assertHeaderFitsOneRow(page: Page, assert: Assert) {
  const header = await page.locator('header').first().boundingBox()
  assert.isAtMost(header!.height, 80)
  const tops = await page
    .locator('header a, header button, header select')
    .evaluateAll((elements) =>
      elements
        .filter((element) => (element as HTMLElement).offsetParent !== null)
        .map((element) => element.getBoundingClientRect())
        .map((box) => Math.round(box.top + box.height / 2))
    )
  const spread = Math.max(...tops) - Math.min(...tops)
  assert.isAtMost(spread, 12)
}
