import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import app from '@adonisjs/core/services/app'
import Opportunity from '#models/opportunity'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import type { ApiClient } from '@japa/api-client'
import ReviewOpportunity from '#actions/opportunities/review_opportunity'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import type Organisation from '#models/organisation'
import { searchParameters } from '#validators/opportunity'

async function titlesFor(client: ApiClient, query: string) {
  const response = await client.get(`/api/v1/opportunities?${query}`)
  response.assertStatus(200)
  return (response.body().data as { titleEn: string | null; titleSr: string | null }[]).map(
    (row) => row.titleEn ?? row.titleSr
  )
}

test.group('Opportunity search and filters', (group) => {
  let organisation: Organisation

  group.each.setup(async () => {
    const rollback = await testUtils.db().withGlobalTransaction()
    ;({ organisation } = await createPartner())
    await createOpportunity(organisation, {
      titleEn: 'Cold storage for fruit',
      titleSr: 'Hladnjača za voće',
      municipality: 'leskovac',
      sectors: ['agriculture-food'],
      type: 'greenfield',
      stage: 'planning',
      minTicketEur: 150_000,
      totalSizeEur: 2_000_000,
      interestsCount: 3,
      publishedDaysAgo: 5,
    })
    await createOpportunity(organisation, {
      titleEn: 'IT campus in Niš',
      municipality: 'nis',
      sectors: ['ict'],
      type: 'real_estate',
      stage: 'permitted',
      minTicketEur: 500_000,
      totalSizeEur: 12_000_000,
      interestsCount: 9,
      publishedDaysAgo: 2,
    })
    await createOpportunity(organisation, {
      titleEn: null,
      titleSr: 'Винарија у Чачку',
      municipality: 'cacak',
      sectors: ['agriculture-food', 'tourism'],
      type: 'expansion',
      stage: 'operating',
      minTicketEur: 80_000,
      totalSizeEur: 900_000,
      publishedDaysAgo: 9,
    })
    await createOpportunity(organisation, {
      titleEn: 'Solar power plant Kragujevac',
      municipality: 'kragujevac',
      sectors: ['energy'],
      type: 'public_private_partnership',
      stage: 'ready_to_build',
      minTicketEur: 1_000_000,
      totalSizeEur: 30_000_000,
      publishedDaysAgo: 1,
    })
    await createOpportunity(organisation, {
      titleEn: 'Hidden draft in Niš',
      municipality: 'nis',
      status: 'draft',
    })
    return rollback
  })

  test('only published listings are listed, newest first, with a count', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/api/v1/opportunities')
    response.assertStatus(200)
    assert.equal(response.body().metadata.total, 4)
    assert.deepEqual(await titlesFor(client, ''), [
      'Solar power plant Kragujevac',
      'IT campus in Niš',
      'Cold storage for fruit',
      'Винарија у Чачку',
    ])
  })

  test('Cyrillic finds Latin text and Latin finds Cyrillic text', async ({ client, assert }) => {
    assert.deepEqual(await titlesFor(client, `q=${encodeURIComponent('ниш')}`), [
      'IT campus in Niš',
    ])
    assert.deepEqual(await titlesFor(client, `q=${encodeURIComponent('хладњача')}`), [
      'Cold storage for fruit',
    ])
    assert.deepEqual(await titlesFor(client, 'q=vinarija'), ['Винарија у Чачку'])
    assert.deepEqual(await titlesFor(client, 'q=cacak'), ['Винарија у Чачку'])
    assert.deepEqual(await titlesFor(client, 'q=hladnjaca'), ['Cold storage for fruit'])
  })

  test('municipality and sector names are searchable in every script', async ({
    client,
    assert,
  }) => {
    assert.deepEqual(await titlesFor(client, `q=${encodeURIComponent('Лесковац')}`), [
      'Cold storage for fruit',
    ])
    assert.deepEqual(await titlesFor(client, 'q=energetika'), ['Solar power plant Kragujevac'])
  })

  test('typos are tolerated', async ({ client, assert }) => {
    assert.deepEqual(await titlesFor(client, 'q=Kragujvac'), ['Solar power plant Kragujevac'])
    assert.deepEqual(await titlesFor(client, 'q=Leskovc'), ['Cold storage for fruit'])
  })

  test('a typo is corrected whatever the script, and in any word of the search', async ({
    client,
    assert,
  }) => {
    assert.deepEqual(await titlesFor(client, 'q=hladnjca'), ['Cold storage for fruit'])
    assert.deepEqual(await titlesFor(client, `q=${encodeURIComponent('хладњча')}`), [
      'Cold storage for fruit',
    ])
    assert.deepEqual(await titlesFor(client, `q=${encodeURIComponent('винрија')}`), [
      'Винарија у Чачку',
    ])
    // Each word is corrected on its own, and every word must still match.
    assert.deepEqual(await titlesFor(client, 'q=solr%20kragujevc'), [
      'Solar power plant Kragujevac',
    ])
    assert.deepEqual(await titlesFor(client, 'q=hladnjca%20kragujevc'), [])
  })

  test('among typo matches, the closest spelling comes first', async ({ client, assert }) => {
    await createOpportunity(organisation, { titleEn: 'Hotel Zlatibor', publishedDaysAgo: 3 })
    // Newer, and "zlatiborski" is a close spelling too, but a farther one.
    await createOpportunity(organisation, {
      titleEn: 'Zlatiborski kajmak dairy',
      publishedDaysAgo: 1,
    })
    assert.deepEqual(await titlesFor(client, 'q=zlatibr'), [
      'Hotel Zlatibor',
      'Zlatiborski kajmak dairy',
    ])
    assert.deepEqual(await titlesFor(client, `q=${encodeURIComponent('златибр')}`), [
      'Hotel Zlatibor',
      'Zlatiborski kajmak dairy',
    ])
  })

  test('the words of a new listing are found with a typo as soon as it is published', async ({
    client,
    assert,
  }) => {
    assert.deepEqual(await titlesFor(client, 'q=ribnjk'), [])
    const listing = await createOpportunity(organisation, {
      titleEn: 'Fish farm on the Danube',
      titleSr: 'Ribnjak na Dunavu',
      status: 'in_review',
    })
    assert.deepEqual(await titlesFor(client, 'q=ribnjk'), [], 'not published yet')
    const staff = await UserFactory.apply('staff').create()
    await new ReviewOpportunity().handle({
      opportunity: listing,
      reviewer: staff,
      decision: { approve: true },
    })
    assert.deepEqual(await titlesFor(client, 'q=ribnjk'), ['Fish farm on the Danube'])
    assert.deepEqual(await titlesFor(client, `q=${encodeURIComponent('рибњк дунав')}`), [
      'Fish farm on the Danube',
    ])
  })

  test('relevance: whole words, then words they begin, then near spellings', async ({
    client,
    assert,
  }) => {
    await createOpportunity(organisation, { titleEn: 'Hotelski kompleks', publishedDaysAgo: 1 })
    await createOpportunity(organisation, { titleEn: 'Hotel Zlatibor', publishedDaysAgo: 4 })
    assert.deepEqual(await titlesFor(client, 'q=hotel'), ['Hotel Zlatibor', 'Hotelski kompleks'])
    assert.deepEqual(await titlesFor(client, 'q=hotels'), ['Hotelski kompleks', 'Hotel Zlatibor'])
  })

  test('a result card has every field the transformer gives a whole listing', async ({
    client,
    assert,
  }) => {
    const listing = await Opportunity.query()
      .where('titleEn', 'Cold storage for fruit')
      .preload('municipality')
      .preload('organisation')
      .preload('sectors')
      .firstOrFail()
    const whole: Record<string, unknown> = await OpportunityTransformer.transform(listing).resolve(
      app.container.createResolver(),
      0
    )
    const response = await client.get('/api/v1/opportunities?q=hladnjaca')
    const card = response.body().data[0]
    assert.deepEqual(Object.keys(card).sort(), Object.keys(whole).sort())
    assert.equal(card.daysSinceConfirmed, whole.daysSinceConfirmed)
  })

  test('a search for nothing relevant finds nothing', async ({ client, assert }) => {
    assert.deepEqual(await titlesFor(client, 'q=submarine'), [])
  })

  test('a letter that normalizes to tsquery syntax (ʼ) is left out of the words, not an error', async ({
    client,
    assert,
  }) => {
    // ʼ (U+02BC) is a letter to the word splitter and an apostrophe after normalization.
    assert.deepEqual(await titlesFor(client, `q=${encodeURIComponent('ʼ')}`), [])
    assert.include(
      await titlesFor(client, `q=${encodeURIComponent('hladnjaʼca')}`),
      'Cold storage for fruit'
    )
    assert.include(
      await titlesFor(client, `q=${encodeURIComponent('hladnjʼca ʼ')}`),
      'Cold storage for fruit'
    )
    const page = await client.get(`/opportunities?q=${encodeURIComponent('ʼ*:')}`).withInertia()
    page.assertStatus(200)
    assert.equal(page.inertiaProps.results.metadata.total, 0)
  })

  test('each filter narrows the results', async ({ client, assert }) => {
    assert.sameMembers(await titlesFor(client, 'sector=agriculture-food'), [
      'Cold storage for fruit',
      'Винарија у Чачку',
    ])
    assert.sameMembers(await titlesFor(client, 'sector=ict,energy'), [
      'IT campus in Niš',
      'Solar power plant Kragujevac',
    ])
    assert.deepEqual(await titlesFor(client, 'municipality=nis'), ['IT campus in Niš'])
    assert.deepEqual(await titlesFor(client, 'district=Moravi%C4%8Dki%20okrug'), [
      'Винарија у Чачку',
    ])
    assert.lengthOf(await titlesFor(client, 'country=RS'), 4)
    assert.lengthOf(await titlesFor(client, 'country=ME'), 0)
    assert.deepEqual(await titlesFor(client, 'type=expansion'), ['Винарија у Чачку'])
    assert.deepEqual(await titlesFor(client, 'stage=ready_to_build'), [
      'Solar power plant Kragujevac',
    ])
    assert.sameMembers(await titlesFor(client, 'ticket_min=100000&ticket_max=600000'), [
      'Cold storage for fruit',
      'IT campus in Niš',
    ])
    assert.deepEqual(await titlesFor(client, 'q=campus&sector=energy'), [])
  })

  test('sort orders: largest, smallest ticket, most interest', async ({ client, assert }) => {
    assert.deepEqual((await titlesFor(client, 'sort=largest'))[0], 'Solar power plant Kragujevac')
    assert.deepEqual((await titlesFor(client, 'sort=smallest_ticket'))[0], 'Винарија у Чачку')
    assert.deepEqual((await titlesFor(client, 'sort=most_interest'))[0], 'IT campus in Niš')
  })

  test('pagination', async ({ client, assert }) => {
    const response = await client.get('/api/v1/opportunities?per_page=3&page=2')
    assert.equal(response.body().metadata.total, 4)
    assert.equal(response.body().metadata.lastPage, 2)
    assert.lengthOf(response.body().data, 1)
  })

  test('page links point at the API with the same filters', async ({ client, assert }) => {
    const response = await client.get(
      '/api/v1/opportunities?per_page=1&page=2&ticket_min=0&sort=largest'
    )
    const meta = response.body().metadata
    const link = (url: string) => new URL(url, 'http://api.test')
    for (const [key, page] of [
      ['firstPageUrl', '1'],
      ['previousPageUrl', '1'],
      ['nextPageUrl', '3'],
    ] as const) {
      const url = link(meta[key])
      assert.equal(url.pathname, '/api/v1/opportunities', key)
      assert.equal(url.searchParams.get('page'), page, key)
      assert.equal(url.searchParams.get('per_page'), '1', key)
      assert.equal(url.searchParams.get('ticket_min'), '0', key)
      assert.equal(url.searchParams.get('sort'), 'largest', key)
    }
    // Following a link gives that page of the same search.
    const next = await client.get(meta.nextPageUrl)
    assert.equal(next.body().metadata.currentPage, 3)
    assert.equal(next.body().metadata.total, meta.total)
    assert.equal(link(meta.lastPageUrl).searchParams.get('page'), String(meta.lastPage))
  })

  test('an unknown parameter (another spelling of per_page) is refused, not ignored', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/api/v1/opportunities?perPage=2&colour=red')
    response.assertStatus(422)
    const errors = response.body().errors as { field: string; rule: string; message: string }[]
    assert.sameMembers(
      errors.map((error) => error.field),
      ['perPage', 'colour']
    )
    assert.equal(errors[0].rule, 'unknownParameter')
    assert.include(errors[0].message, 'per_page')
  })

  test('bad filters answer 422 JSON on the API', async ({ client, assert }) => {
    const response = await client.get('/api/v1/opportunities?type=castle&page=0&ticket_min=abc')
    response.assertStatus(422)
    const fields = (response.body().errors as { field: string }[]).map((error) => error.field)
    assert.sameMembers(fields, ['type', 'page', 'ticket_min'])
  })

  test('the browse page takes the filters from the query string', async ({ client, assert }) => {
    const response = await client
      .get(`/opportunities?q=${encodeURIComponent('ниш')}&sort=newest&view=map`)
      .withInertia()
    response.assertStatus(200)
    response.assertInertiaComponent('opportunities/index')
    const props = response.inertiaProps
    assert.equal(props.filters.q, 'ниш')
    assert.equal(props.view, 'map')
    assert.equal(props.results.metadata.total, 1)
    assert.equal(props.results.data[0].titleEn, 'IT campus in Niš')
    assert.isAbove(props.sectors.length, 10)
  })

  test('a bad filter on the page is reported, not fatal', async ({ client, assert }) => {
    const response = await client.get('/opportunities?type=castle').withInertia()
    response.assertStatus(200)
    assert.deepEqual(response.inertiaProps.filterErrors, ['type'])
    assert.equal(response.inertiaProps.results.metadata.total, 4)
  })

  test('one listing on the API, without its data-room documents', async ({ client, assert }) => {
    const list = await client.get('/api/v1/opportunities?q=campus')
    const slug = list.body().data[0].slug
    const response = await client.get(`/api/v1/opportunities/${slug}`)
    response.assertStatus(200)
    assert.equal(response.body().data.titleEn, 'IT campus in Niš')
    assert.properties(response.body().data, ['incentives', 'documents', 'descriptionEn'])
    assert.notProperty(response.body().data, 'contactEmail')
    const missing = await client.get('/api/v1/opportunities/nope')
    missing.assertStatus(404)
  })

  test('the API carries no session cookie', async ({ client, assert }) => {
    const response = await client.get('/api/v1/opportunities')
    assert.notExists(response.header('set-cookie'))
  })

  test('the OpenAPI document describes the API and its filters', async ({ client, assert }) => {
    const response = await client.get('/api/docs')
    response.assertStatus(200)
    const document = response.body()
    assert.equal(document.openapi, '3.1.0')
    assert.properties(document.paths, ['/api/v1/opportunities', '/api/v1/opportunities/{slug}'])
    const parameters = document.paths['/api/v1/opportunities'].get.parameters.map(
      (parameter: { name: string }) => parameter.name
    )
    // Every parameter the search validator takes (any other is refused) is documented.
    assert.includeMembers(parameters, [...searchParameters])
  })
})
