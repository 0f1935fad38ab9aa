import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { appUrl } from '#config/app'
import Municipality from '#models/municipality'
import SuccessStory from '#models/success_story'
import { createPartner } from '#database/factories/user_factory'
import { LISTINGS_PER_SITEMAP } from '#actions/system/sitemaps/list_sitemaps'

const LISTINGS = 100_000

function locs(xml: string) {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1].replace(/&amp;/g, '&'))
}

/**
 * 100,000 listings written by one INSERT … SELECT generate_series (a few seconds), every
 * tenth one not published (drafts, in review, paused, closed), inside the test's
 * transaction: rolled back afterwards, nothing left behind.
 */
async function generateListings(organisationId: number, municipalityId: number) {
  await db.rawQuery(
    `INSERT INTO opportunities (organisation_id, municipality_id, slug, title_en, type, stage,
       status, min_ticket_eur, total_size_eur, contact_name, contact_email, published_at,
       created_at, updated_at)
     SELECT ?, ?, 'sitemap-test-' || n, 'Sitemap project ' || n, 'greenfield', 'planning',
       (CASE n % 10 WHEN 1 THEN 'draft' WHEN 2 THEN 'in_review' WHEN 3 THEN 'paused'
         WHEN 4 THEN 'closed' ELSE 'published' END)::opportunity_status,
       100000, 1000000, 'Test', 'test@example.rs', now(),
       now() - n * interval '1 minute', now() - n * interval '1 minute'
     FROM generate_series(1, ?) AS n`,
    [organisationId, municipalityId, LISTINGS]
  )
  await db.rawQuery('ANALYZE opportunities')
}

test.group('Sitemap and robots.txt', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.timeout(180_000)

  test('the sitemap index lists every published listing exactly once, nothing private, fast at 100,000', async ({
    client,
    assert,
  }) => {
    const { organisation } = await createPartner()
    const { organisation: pending } = await createPartner({ status: 'pending' })
    const nis = await Municipality.findByOrFail('slug', 'nis')
    const started = performance.now()
    await generateListings(organisation.id, nis.id)
    console.log(
      `sitemap: ${LISTINGS} listings generated in ${Math.round(performance.now() - started)} ms`
    )
    const draftStory = await SuccessStory.create({
      slug: `draft-story-${Date.now()}`,
      personName: 'Draft Person',
      titleEn: 'Not yet',
      titleSr: 'Ne još',
      bodyEn: 'Draft.',
      bodySr: 'Nacrt.',
      status: 'draft',
    })

    // Warm once (first query plans, the route's first import), then time the index.
    await client.get('/sitemap.xml')
    const timings: number[] = []
    let index = ''
    for (let run = 0; run < 3; run++) {
      const before = performance.now()
      const response = await client.get('/sitemap.xml')
      timings.push(performance.now() - before)
      response.assertStatus(200)
      assert.match(response.header('content-type') ?? '', /^application\/xml/)
      index = response.text()
    }
    const best = Math.min(...timings)
    console.log(`sitemap: index answered in ${timings.map((ms) => Math.round(ms)).join(' / ')} ms`)
    assert.isBelow(best, 200)

    assert.match(index, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex /)
    const files = locs(index)
    assert.include(files, new URL('/sitemaps/pages.xml', appUrl).toString())
    const listingFiles = files.filter((file) => /\/sitemaps\/opportunities-\d+\.xml$/.test(file))
    // 100,000 ids in blocks of 10,000 (the ids need not start at a block boundary).
    assert.isAtLeast(listingFiles.length, LISTINGS / LISTINGS_PER_SITEMAP)
    assert.isAtMost(listingFiles.length, LISTINGS / LISTINGS_PER_SITEMAP + 2)
    for (const file of listingFiles) {
      assert.match(index, new RegExp(`<loc>${file}</loc><lastmod>\\d{4}-\\d\\d-\\d\\dT`))
    }

    const seen = new Map<string, number>()
    let largest = 0
    for (const file of listingFiles) {
      const response = await client.get(new URL(file).pathname)
      response.assertStatus(200)
      const xml = response.text()
      largest = Math.max(largest, Buffer.byteLength(xml))
      const urls = locs(xml)
      assert.isAtMost(urls.length, LISTINGS_PER_SITEMAP)
      assert.equal((xml.match(/<lastmod>/g) ?? []).length, urls.length)
      for (const url of urls) seen.set(url, (seen.get(url) ?? 0) + 1)
    }
    console.log(
      `sitemap: ${listingFiles.length} listing files, largest ${Math.round(largest / 1024)} kB`
    )

    const published = await db.from('opportunities').where('status', 'published').select('slug')
    const expected = new Set(
      published.map((row) => new URL(`/opportunities/${row.slug}`, appUrl).toString())
    )
    assert.isAtLeast(expected.size, (LISTINGS * 6) / 10)
    assert.equal(seen.size, expected.size, 'every published listing, nothing else')
    for (const url of expected) assert.equal(seen.get(url), 1, url)
    for (const n of [1, 2, 3, 4, 11, 99_994]) {
      assert.isFalse(
        seen.has(new URL(`/opportunities/sitemap-test-${n}`, appUrl).toString()),
        `sitemap-test-${n} is not published`
      )
    }

    const pages = locs((await client.get('/sitemaps/pages.xml')).text())
    assert.include(pages, new URL('/opportunities', appUrl).toString())
    assert.include(pages, new URL('/municipalities/nis', appUrl).toString())
    assert.include(pages, new URL(`/organisations/${organisation.slug}`, appUrl).toString())
    assert.notInclude(pages, new URL(`/organisations/${pending.slug}`, appUrl).toString())
    assert.notInclude(pages, new URL(`/stories/${draftStory.slug}`, appUrl).toString())
    assert.isEmpty(pages.filter((url) => /\/(crm|staff|partner|investor|admin)\//.test(url)))

    const unknown = await client.get('/sitemaps/everything.xml')
    unknown.assertStatus(404)
  })

  test('robots.txt keeps private areas out and points at the sitemap', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/robots.txt')
    response.assertStatus(200)
    assert.match(response.header('content-type') ?? '', /^text\/plain/)
    const lines = response.text().split('\n')
    const privateAreas =
      '/crm/ /staff/ /admin/ /partner/ /investor/ /dashboard /account /api/ /documents/'
    for (const area of privateAreas.split(' ')) {
      assert.include(lines, `Disallow: ${area}`)
    }
    assert.notInclude(lines, 'Disallow: /')
    assert.notInclude(lines, 'Disallow: /opportunities')
    assert.include(lines, `Sitemap: ${new URL('/sitemap.xml', appUrl)}`)
  })
})
