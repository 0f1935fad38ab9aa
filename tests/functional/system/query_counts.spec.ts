import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import Deal from '#models/deal'
import PipelineStage from '#models/pipeline_stage'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { countQueries } from '#tests/helpers/queries'

/**
 * SQL queries per request of the benchmarked endpoints (bench/run.ts measures the same
 * requests on 100,000 listings). A new query here is a cost on every request: if this
 * fails, either avoid the query or raise the number on purpose together with
 * bench/RESULTS.md and the baseline's SQL in bench/baseline/server.ts.
 */
test.group('Queries per request of the benchmarked endpoints', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('browse, search, detail, API and kanban each run a fixed number of queries', async ({
    client,
    assert,
  }) => {
    const { organisation } = await createPartner()
    const listings = []
    for (const sectors of [['energy'], ['energy', 'ict'], ['agriculture-food']]) {
      listings.push(
        await createOpportunity(organisation, {
          sectors,
          titleEn: 'Cold storage near Niš',
          titleSr: 'Hladnjača kod Niša',
          minTicketEur: 150_000,
        })
      )
    }
    const staff = await UserFactory.apply('staff').create()
    const stage = await PipelineStage.query()
      .where('kind', 'open')
      .orderBy('position')
      .firstOrFail()
    for (const [index, listing] of listings.entries()) {
      await Deal.create({
        pipelineId: stage.pipelineId,
        stageId: stage.id,
        investorId: (await UserFactory.create()).id,
        opportunityId: listing.id,
        ownerId: staff.id,
        title: `Deal ${index}`,
        valueEur: 100_000,
        stageEnteredAt: DateTime.now(),
      })
    }
    // Reference data (sectors, municipalities, countries) is read once per process.
    await client.get('/opportunities')

    const pages: [string, string, number][] = [
      // the page (cards with their sector ids and organisation as columns; municipalities
      // and sectors from memory), an EXPLAIN for the estimate and, few matches expected
      // here, the count up to 1,001 (not sent when the page is the last one)
      ['browse with two filters', '/opportunities?sector=energy&country=RS', 2],
      ['browse, one full page', '/opportunities?sector=energy&country=RS&per_page=1', 3],
      // Few matches here: the prefix statement, then the one with typo matches
      ['search, Latin', '/opportunities?q=hladnjaca', 2],
      ['search, Cyrillic', `/opportunities?q=${encodeURIComponent('хладњача')}`, 2],
      // the listing (with its sector ids, organisation, incentives and documents as JSON
      // columns), similar listings (municipalities and sectors from memory, views written
      // in batches) and its answered public questions (one indexed lookup)
      ['detail', `/opportunities/${listings[1].slug}`, 3],
    ]
    for (const [name, url, expected] of pages) {
      const { result, count, queries } = await countQueries(() => client.get(url).withInertia())
      result.assertStatus(200)
      assert.equal(count, expected, `${name}: ${count} queries\n${queries.join('\n')}`)
    }
    const browse = await client.get('/opportunities?sector=energy&country=RS').withInertia()
    assert.equal(browse.inertiaProps.results.metadata.total, 2)

    const api = await countQueries(() =>
      client.get('/api/v1/opportunities?sector=energy,ict&ticket_min=100000&sort=largest')
    )
    api.result.assertStatus(200)
    assert.equal(api.result.body().metadata.total, 2)
    // the page and the EXPLAIN: the 2 matches fit on the page, so they are the total
    assert.equal(api.count, 2, api.queries.join('\n'))

    // Kanban: auth user, pipelines with stages, cards with column totals, staff, lost reasons.
    const kanban = await countQueries(() =>
      client.get('/crm/pipeline').loginAs(staff).withInertia()
    )
    kanban.result.assertInertiaComponent('deals/pipeline')
    assert.equal(kanban.count, 5, kanban.queries.join('\n'))
  })
})
