import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import SearchOpportunities from '#actions/opportunities/search_opportunities'
import ShowOpportunity from '#actions/opportunities/show_opportunity'
import ace from '@adonisjs/core/services/ace'
import { createPartner } from '#database/factories/user_factory'
import { captureStatements, planNodes, type PlanNode } from '#tests/helpers/explain'

/**
 * The statements of the benchmarked pages must be answerable from an index: the EXPLAIN of
 * each (what Most really sends, captured) names the index that serves it and reads no
 * table from start to end. Sequential scans are priced out (enable_seqscan = off), so the
 * plan shows which index PostgreSQL *can* use on a test database of a few rows; a changed
 * query or a dropped index that leaves a statement without one fails here, before it costs
 * tens of milliseconds at 100,000 listings (bench/RESULTS.md, "How cost grows").
 */
test.group('Query plans of the benchmarked pages', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(async () => {
    // Enough rows (from the benchmarks' generator) for statistics like a real catalogue's;
    // sequential scans priced out, so any other plan shows the index a statement can use.
    await createPartner()
    const command = await ace.exec('opportunities:generate', ['--count', '3000'])
    if (command.exitCode !== 0) throw command.error ?? new Error('opportunities:generate failed')
    await db.rawQuery('ANALYZE opportunities, opportunity_sectors')
    await db.rawQuery('SET LOCAL enable_seqscan = off')
  })

  // Reference data is read once per process, maybe during the first captured call.
  // Browsing's EXPLAIN (its estimate of the matches) is not a statement that reads rows.
  const listingStatements = (statements: { sql: string; bindings: unknown[] }[]) =>
    statements.filter(
      (statement) =>
        statement.sql.includes('"opportunities"') && !statement.sql.startsWith('EXPLAIN')
    )
  const indexes = (nodes: PlanNode[]) => nodes.map((node) => node['Index Name']).filter(Boolean)
  const seqScans = (nodes: PlanNode[]) =>
    nodes
      .filter(
        (node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'opportunities'
      )
      .map((node) => node['Relation Name'])

  test('browse: the page walks a sort index, the capped count uses an index', async ({
    assert,
  }) => {
    const statements = listingStatements(
      await captureStatements(() =>
        new SearchOpportunities().handle({ sector: ['energy'], country: 'RS' })
      )
    )
    // the page and (a few hundred matches expected) the count up to 1,001
    assert.lengthOf(statements, 2)
    for (const statement of statements) {
      const nodes = await planNodes(statement)
      assert.deepEqual(seqScans(nodes), [], statement.sql)
    }
    const page = statements.find((statement) => statement.sql.includes('order by'))!
    assert.include(indexes(await planNodes(page)), 'opportunities_published_featured_newest')
  })

  test('API sorted by size: the page walks the size index', async ({ assert }) => {
    const statements = await captureStatements(() =>
      new SearchOpportunities().handle({
        sector: ['energy', 'ict'],
        ticket_min: 100_000,
        sort: 'largest',
      })
    )
    const page = statements.find((statement) => statement.sql.includes('order by'))!
    const nodes = await planNodes(page)
    assert.deepEqual(seqScans(nodes), [])
    assert.include(indexes(nodes), 'opportunities_published_featured_largest')
  })

  test('search: words through the search document, typos through the vocabulary, then the search document', async ({
    assert,
  }) => {
    // A word nothing matches: the prefix statement, then the one with typo matches.
    const statements = listingStatements(
      await captureStatements(() => new SearchOpportunities().handle({ q: 'hladnjca' }))
    )
    assert.lengthOf(statements, 2)
    const [prefix, typos] = await Promise.all(statements.map((statement) => planNodes(statement)))
    assert.deepEqual(seqScans(prefix), [])
    assert.include(indexes(prefix), 'opportunities_search_document')
    assert.notInclude(indexes(prefix), 'search_words_trgm')
    // The words' close spellings from the vocabulary's trigram index, the listings that
    // hold them from the search document's: no trigram check of a listing's text.
    assert.deepEqual(seqScans(typos), [])
    assert.includeMembers(indexes(typos), ['search_words_trgm', 'opportunities_search_document'])
    const words = typos.filter((node) => node['Relation Name'] === 'search_words')
    assert.isNotEmpty(words)
    assert.deepEqual(
      words.filter((node) => /Seq Scan/.test(node['Node Type'])),
      [],
      'a scan of the whole vocabulary'
    )
  })

  test('detail: the listing by its slug, similar listings from the newest index, its questions by listing', async ({
    assert,
  }) => {
    const [listing] = await db.from('opportunities').orderBy('id', 'desc').limit(1)
    const statements = await captureStatements(async () => {
      const opportunity = await ShowOpportunity.find(listing.slug)
      await new ShowOpportunity().handle({ opportunity, viewer: null, ipAddress: null })
    })
    assert.lengthOf(statements, 3)
    const [found, similar, questions] = await Promise.all(
      statements.map((statement) => planNodes(statement))
    )
    assert.include(indexes(found), 'opportunities_slug_unique')
    assert.deepEqual(seqScans(similar), [])
    assert.include(indexes(similar), 'opportunities_published_newest')
    assert.deepEqual(seqScans(questions), [])
    assert.include(indexes(questions), 'opportunity_questions_by_listing')
  })
})
