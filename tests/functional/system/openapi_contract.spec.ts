import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import router from '@adonisjs/core/services/router'
import { DateTime } from 'luxon'
import type { ApiClient, ApiResponse } from '@japa/api-client'
import OpportunityDocument from '#models/opportunity_document'
import OpportunityIncentive from '#models/opportunity_incentive'
import { createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { rateLimits } from '#config/limiter'
import { schemaErrors, type Schema } from '#tests/helpers/json_schema'

type Operation = { responses: Record<string, Schema> }
type ApiDocument = Schema & { paths: Record<string, Record<string, Operation>> }

/** `/api/v1/opportunities/:slug` as the document writes it: `/api/v1/opportunities/{slug}`. */
const documentPath = (pattern: string) => pattern.replace(/:([A-Za-z_]+)/g, '{$1}')

/** Every method + path the router serves under /api/v1 (HEAD comes with each GET). */
function apiRoutes() {
  return Object.values(router.toJSON())
    .flat()
    .filter((route) => route.pattern.startsWith('/api/v1'))
    .flatMap((route) =>
      route.methods
        .filter((method) => method !== 'HEAD')
        .map((method) => `${method.toLowerCase()} ${documentPath(route.pattern)}`)
    )
    .sort()
}

/**
 * Checks responses against the document served at /api/docs and remembers which
 * documented responses were seen, so the document can neither miss nor invent one.
 */
class Contract {
  seen = new Set<string>()

  constructor(
    readonly document: ApiDocument,
    readonly assert: import('@japa/assert').Assert
  ) {}

  check(response: ApiResponse, method: 'get', path: string) {
    const status = String(response.status())
    const responses = this.document.paths[path]?.[method]?.responses
    this.assert.isDefined(responses, `${method} ${path} is not in the document`)
    let documented = responses![status] as Schema | undefined
    this.assert.isDefined(documented, `${method} ${path} answered ${status}, not documented`)
    if (typeof documented!.$ref === 'string') {
      const name = documented!.$ref.replace('#/components/responses/', '')
      documented = (this.document.components as { responses: Record<string, Schema> }).responses[
        name
      ]
    }
    const content = documented!.content as Record<string, { schema: Schema }> | undefined
    this.assert.isDefined(content?.['application/json'], `${method} ${path} ${status}: no schema`)
    this.assert.match(response.header('content-type') ?? '', /^application\/json/)
    this.assert.deepEqual(
      schemaErrors(this.document, content!['application/json'].schema, response.body()),
      [],
      `${method} ${path} ${status} does not match the document`
    )
    this.seen.add(`${method} ${path} ${status}`)
  }

  documentedResponses() {
    return Object.entries(this.document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).flatMap(([method, operation]) =>
        Object.keys(operation.responses).map((status) => `${method} ${path} ${status}`)
      )
    )
  }
}

let sequence = 0
const freshAddress = () => `10.91.${Math.floor(++sequence / 250)}.${(sequence % 250) + 1}`

async function get(client: ApiClient, url: string) {
  return client.get(url).header('x-forwarded-for', freshAddress())
}

/** A listing with everything the detail can carry: cover, site, incentives, documents. */
async function fullListing() {
  const { organisation } = await createPartner()
  const opportunity = await createOpportunity(organisation, {
    titleEn: 'Contract test campus',
    titleSr: 'Kampus za ugovor',
    sectors: ['ict', 'energy'],
  })
  const variant = (width: number) => ({ path: `covers/${width}.webp`, width, height: width / 2 })
  opportunity.merge({
    coverImagePath: 'covers/original.png',
    coverImageVariants: { card: variant(480), page: variant(1280) },
    featuredUntil: DateTime.now().plus({ days: 10 }),
    site: { landOwnership: 'private', utilities: ['power', 'water'], motorwayKm: 4 },
    timeline: 'Building starts in spring.',
    areaSqm: 12_000,
  })
  await opportunity.save()
  await OpportunityIncentive.createMany([
    { opportunityId: opportunity.id, kind: 'tax_relief', percentage: '12.5', position: 1 },
    { opportunityId: opportunity.id, kind: 'grant_per_job', amountEur: 50_000, position: 2 },
  ])
  const file = { mimeType: 'application/pdf', sizeBytes: 24, fileName: 'plan.pdf' }
  await OpportunityDocument.createMany([
    { opportunityId: opportunity.id, kind: 'public', title: 'Plan', filePath: 'd/1.pdf', ...file },
    {
      opportunityId: opportunity.id,
      kind: 'data_room',
      title: 'Model',
      filePath: 'd/2.pdf',
      ...file,
    },
    {
      opportunityId: opportunity.id,
      kind: 'gallery',
      title: 'Site photo',
      filePath: 'd/3.png',
      fileName: 'site.png',
      mimeType: 'image/png',
      sizeBytes: 2048,
      width: 1600,
      height: 900,
      variants: { card: variant(480), page: variant(1280) },
    },
  ])
  await createOpportunity(organisation, { titleEn: null, titleSr: 'Vinarija', sectors: [] })
  return opportunity
}

test.group('OpenAPI document: every /api/v1 response matches it', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the document lists exactly the /api/v1 routes the router serves', async ({
    client,
    assert,
  }) => {
    const document = (await get(client, '/api/docs')).body() as ApiDocument
    const documented = Object.entries(document.paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`))
      .sort()
    assert.isNotEmpty(documented)
    assert.deepEqual(documented, apiRoutes())
  })

  test('list, search, detail, 404, 422 and 429 answer as documented', async ({
    client,
    assert,
  }) => {
    const contract = new Contract((await get(client, '/api/docs')).body() as ApiDocument, assert)
    const listing = await fullListing()
    const list = '/api/v1/opportunities'
    const detail = '/api/v1/opportunities/{slug}'

    for (const query of [
      '',
      '?q=campus',
      '?q=nothing-matches-this',
      '?sector=ict,energy&country=rs&type=greenfield&stage=planning&sort=largest',
      '?ticket_min=0&ticket_max=5000000&municipality=nis&district=Ni%C5%A1avski',
      '?per_page=1&page=2',
    ]) {
      const response = await get(client, `${list}${query}`)
      assert.equal(response.status(), 200, query)
      contract.check(response, 'get', list)
    }
    const searched = await get(client, `${list}?q=campus`)
    assert.equal(searched.body().data[0].slug, listing.slug)

    const invalid = await get(client, `${list}?type=castle&page=0&ticket_min=abc&per_page=99`)
    assert.equal(invalid.status(), 422)
    contract.check(invalid, 'get', list)

    const one = await get(client, `/api/v1/opportunities/${listing.slug}`)
    assert.equal(one.status(), 200)
    contract.check(one, 'get', detail)
    // The fixture really carries the nested parts the schema describes.
    assert.lengthOf(one.body().data.incentives, 2)
    assert.lengthOf(one.body().data.documents, 2)
    assert.isNotNull(one.body().data.coverImage.card)

    const missing = await get(client, '/api/v1/opportunities/no-such-listing')
    assert.equal(missing.status(), 404)
    contract.check(missing, 'get', detail)

    // The limit is per address: use one up, then the next request on each path is a 429.
    const address = freshAddress()
    for (let i = 0; i < rateLimits.api.requests; i++) {
      const response = await client
        .get('/api/v1/opportunities/limit-contract-nope')
        .header('x-forwarded-for', address)
      assert.equal(response.status(), 404, `limited early, at request ${i + 1}`)
    }
    for (const [url, path] of [
      [list, list],
      [`/api/v1/opportunities/${listing.slug}`, detail],
    ]) {
      const limited = await client.get(url).header('x-forwarded-for', address)
      assert.equal(limited.status(), 429)
      contract.check(limited, 'get', path)
    }

    assert.sameMembers([...contract.seen], contract.documentedResponses())
  })
})
