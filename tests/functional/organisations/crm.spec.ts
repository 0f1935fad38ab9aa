import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Contact from '#models/contact'
import Country from '#models/country'
import Deal from '#models/deal'
import DealActivity from '#models/deal_activity'
import Municipality from '#models/municipality'
import PipelineStage from '#models/pipeline_stage'
import type Opportunity from '#models/opportunity'
import type Organisation from '#models/organisation'
import type User from '#models/user'
import { UserFactory, OrganisationFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { countQueries } from '#tests/helpers/queries'
import { ORGANISATION_TIMELINE_STEP } from '#enums/organisation'
import { introductionAnsweredAfter } from '#tests/helpers/deals'

interface Row {
  id: number
  name: string
  publishedOpportunities: number
  openDeals: number
  wonDeals: number
  responseTime: { medianHours: number | null; answered: number; open: number; overdue: number }
}

/** A stage of the Investments pipeline, by key. */
async function stage(key: string) {
  return PipelineStage.query()
    .whereIn('pipelineId', db.from('pipelines').where('slug', 'investments').select('id'))
    .where('key', key)
    .firstOrFail()
}

/** Deals straight in the database: the page reads them, it does not make them. */
async function addDeals(
  opportunity: Opportunity,
  owner: User,
  stages: { key: string; valueEur?: number; title?: string }[]
) {
  const deals: Deal[] = []
  for (const [index, wanted] of stages.entries()) {
    const dealStage = await stage(wanted.key)
    const investor = await UserFactory.create()
    deals.push(
      await Deal.create({
        pipelineId: dealStage.pipelineId,
        stageId: dealStage.id,
        investorId: investor.id,
        opportunityId: opportunity.id,
        ownerId: owner.id,
        title: wanted.title ?? `${opportunity.titleEn} deal ${index + 1}`,
        valueEur: wanted.valueEur ?? 100_000,
        stageEnteredAt: DateTime.now(),
        closedAt: dealStage.kind === 'open' ? null : DateTime.now(),
      })
    )
  }
  return deals
}

/** An introduction the partner answered after `hours` (or not yet, when null). */
async function addIntroduction(organisation: Organisation, deal: Deal, hours: number | null) {
  return introductionAnsweredAfter(organisation, deal, hours, DateTime.now().minus({ days: 3 }))
}

/**
 * Partner A (a Niš technology park, approved) with two published listings, a draft,
 * two open deals, a won and a lost one, and answers after 2 h and 6 h (median 4 h);
 * partner B (a chamber in Austria, pending) with nothing.
 */
async function twoOrganisations() {
  const staff = await UserFactory.apply('staff').create()
  const nis = await Municipality.findByOrFail('slug', 'nis')
  const austria = await Country.findByOrFail('code', 'AT')
  const { user: partner, organisation: alpha } = await createPartner()
  alpha.merge({ name: 'Zvezdara Alpha Tehnopark', kind: 'technology_park', municipalityId: nis.id })
  await alpha.save()
  const beta = await OrganisationFactory.merge({
    name: 'Zvezdara Beta Komora',
    kind: 'chamber',
    status: 'pending',
    countryId: austria.id,
  }).create()

  const first = await createOpportunity(alpha, { titleEn: 'Alpha campus' })
  const second = await createOpportunity(alpha, { titleEn: 'Alpha labs' })
  await createOpportunity(alpha, { status: 'draft', titleEn: 'Alpha draft' })
  const deals = [
    ...(await addDeals(first, staff, [
      { key: 'new', valueEur: 250_000, title: 'Campus: Vienna investor' },
      { key: 'qualified' },
      { key: 'won', valueEur: 900_000, title: 'Campus: won' },
    ])),
    ...(await addDeals(second, staff, [{ key: 'lost', title: 'Labs: lost' }])),
  ]
  await addIntroduction(alpha, deals[0], 2)
  await addIntroduction(alpha, deals[1], 6)
  await addIntroduction(alpha, deals[3], null)
  return { staff, partner, alpha, beta, deals }
}

async function list(client: import('@japa/api-client').ApiClient, staff: User, query = '') {
  const response = await client.get(`/crm/organisations${query}`).loginAs(staff).withInertia()
  response.assertStatus(200)
  response.assertInertiaComponent('organisations/staff/index')
  return response.inertiaProps.organisations as Row[]
}

test.group('CRM organisations', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the list counts listings, open and won deals and the median answer time', async ({
    client,
    assert,
  }) => {
    const { staff, alpha, beta } = await twoOrganisations()
    const rows = await list(client, staff, '?q=zvezdara')
    assert.deepEqual(
      rows.map((row) => row.name),
      ['Zvezdara Alpha Tehnopark', 'Zvezdara Beta Komora']
    )
    const [a, b] = rows
    assert.equal(a.id, alpha.id)
    assert.deepEqual(
      [a.publishedOpportunities, a.openDeals, a.wonDeals],
      [2, 2, 1],
      'published listings (not the draft), open deals, won deals'
    )
    assert.deepEqual(a.responseTime, { medianHours: 4, answered: 2, open: 1, overdue: 0 })
    assert.equal(b.id, beta.id)
    assert.deepEqual([b.publishedOpportunities, b.openDeals, b.wonDeals], [0, 0, 0])
    assert.isNull(b.responseTime.medianHours)
  })

  test('search and filters: name, kind, status, municipality, country', async ({
    client,
    assert,
  }) => {
    const { staff, alpha, beta } = await twoOrganisations()
    const ids = (rows: Row[]) => rows.map((row) => row.id)

    assert.deepEqual(ids(await list(client, staff, '?q=ALPHA%20tehno')), [alpha.id])
    // LIKE wildcards typed by staff are plain characters.
    assert.deepEqual(ids(await list(client, staff, '?q=zvezdara%25komora')), [])

    const parks = ids(await list(client, staff, '?kind=technology_park'))
    assert.include(parks, alpha.id)
    assert.notInclude(parks, beta.id)
    const pending = ids(await list(client, staff, '?status=pending'))
    assert.include(pending, beta.id)
    assert.notInclude(pending, alpha.id)
    assert.deepEqual(ids(await list(client, staff, '?q=zvezdara&municipality=nis')), [alpha.id])
    assert.deepEqual(ids(await list(client, staff, '?q=zvezdara&country=at')), [beta.id])
    assert.deepEqual(ids(await list(client, staff, '?kind=chamber&status=approved&q=zvezdara')), [])

    // The filter choices are the places that have an organisation.
    const page = await client.get('/crm/organisations').loginAs(staff).withInertia()
    assert.include(
      page.inertiaProps.municipalities.map((row: { slug: string }) => row.slug),
      'nis'
    )
    assert.include(
      page.inertiaProps.countries.map((row: { code: string }) => row.code),
      'AT'
    )
    assert.deepEqual(page.inertiaProps.filters, {
      q: '',
      kind: '',
      status: '',
      municipality: '',
      country: '',
    })

    // An unknown kind is a validation error, not a silent empty list.
    const bad = await client
      .get('/crm/organisations?kind=spaceship')
      .header('referer', '/crm/organisations')
      .loginAs(staff)
      .redirects(0)
    bad.assertStatus(302)
    bad.assertHeader('location', '/crm/organisations')
    assert.property(bad.flashMessages().inputErrorsBag, 'kind')
  })

  test('the page shows people, listings, deals, introductions, median and timeline', async ({
    client,
    assert,
  }) => {
    const { staff, partner, alpha, deals } = await twoOrganisations()
    const partnerContact = await Contact.create({
      fullName: partner.fullName,
      email: partner.email,
      kind: 'partner_contact',
      locale: 'sr-Latn',
      userId: partner.id,
      organisationId: alpha.id,
    })
    const otherContact = await Contact.create({
      fullName: 'Milica Jovanović',
      email: 'milica@example.rs',
      kind: 'partner_contact',
      locale: 'sr-Latn',
      organisationId: alpha.id,
    })
    await DealActivity.createMany([
      {
        dealId: deals[0].id,
        kind: 'call',
        body: 'Called about the campus.',
        actorId: staff.id,
        occurredAt: DateTime.now().minus({ hours: 2 }),
      },
      {
        dealId: deals[3].id,
        kind: 'note',
        body: 'Labs lost to another city.',
        actorId: staff.id,
        occurredAt: DateTime.now().minus({ hours: 1 }),
      },
    ])

    const response = await client.get(`/crm/organisations/${alpha.id}`).loginAs(staff).withInertia()
    response.assertStatus(200)
    response.assertInertiaComponent('organisations/staff/show')
    const props = response.inertiaProps

    assert.equal(props.organisation.name, 'Zvezdara Alpha Tehnopark')
    assert.equal(props.organisation.municipality.slug, 'nis')
    assert.deepEqual(props.organisation.responseTime, {
      medianHours: 4,
      answered: 2,
      open: 1,
      overdue: 0,
    })
    assert.deepEqual(
      [props.organisation.publishedOpportunities, props.organisation.openDeals],
      [2, 2]
    )

    // People: the member with role, e-mail and their CRM contact; other contacts apart.
    assert.deepEqual(
      props.members.map((member: Record<string, unknown>) => [
        member.fullName,
        member.role,
        member.email,
        member.contactId,
      ]),
      [[partner.fullName, 'owner', partner.email, partnerContact.id]]
    )
    assert.deepEqual(
      props.contacts.map((contact: { id: number }) => contact.id),
      [otherContact.id]
    )

    assert.sameDeepMembers(
      props.opportunities.map((row: { titleEn: string; status: string }) => [
        row.titleEn,
        row.status,
      ]),
      [
        ['Alpha campus', 'published'],
        ['Alpha labs', 'published'],
        ['Alpha draft', 'draft'],
      ]
    )

    // Every deal on its listings with stage, owner, investor and value.
    assert.equal(props.dealsTotal, 4)
    assert.sameMembers(
      props.deals.map((deal: { id: number }) => deal.id),
      deals.map((deal) => deal.id)
    )
    const campus = props.deals.find((deal: { id: number }) => deal.id === deals[0].id)
    assert.equal(campus.stage.key, 'new')
    assert.equal(campus.owner.id, staff.id)
    assert.equal(campus.valueEur, 250_000)
    assert.isString(campus.investor.fullName)
    assert.sameMembers(
      props.deals.map((deal: { stage: { key: string } }) => deal.stage.key),
      ['new', 'qualified', 'won', 'lost']
    )

    // Introductions with status and the partner's answer time.
    assert.sameDeepMembers(
      props.introductions.map(
        (row: { status: string; responseHours: number | null; deal: { id: number } }) => [
          row.deal.id,
          row.status,
          row.responseHours,
        ]
      ),
      [
        [deals[0].id, 'accepted', 2],
        [deals[1].id, 'accepted', 6],
        [deals[3].id, 'requested', null],
      ]
    )

    // One timeline across its deals, newest first, each line naming its deal.
    assert.deepEqual(
      props.timeline.map((item: { body: string; deal: { id: number; title: string } }) => [
        item.body,
        item.deal.id,
        item.deal.title,
      ]),
      [
        ['Labs lost to another city.', deals[3].id, 'Labs: lost'],
        ['Called about the campus.', deals[0].id, 'Campus: Vienna investor'],
      ]
    )
    assert.isNull(props.timelineNextLimit)

    // The deal page links back to the organisation.
    const dealPage = await client.get(`/crm/deals/${deals[0].id}`).loginAs(staff).withInertia()
    assert.deepEqual(dealPage.inertiaProps.deal.opportunity.organisation, {
      id: alpha.id,
      name: 'Zvezdara Alpha Tehnopark',
    })
    // Another organisation's deals never show up.
    const other = await OrganisationFactory.create()
    const empty = await client.get(`/crm/organisations/${other.id}`).loginAs(staff).withInertia()
    assert.deepEqual(
      [empty.inertiaProps.deals, empty.inertiaProps.timeline, empty.inertiaProps.introductions],
      [[], [], []]
    )
    assert.isNull(empty.inertiaProps.organisation.responseTime.medianHours)
  })

  test('a long timeline shows its newest lines and a "more" link', async ({ client, assert }) => {
    const { staff, alpha, deals } = await twoOrganisations()
    const total = ORGANISATION_TIMELINE_STEP + 5
    await DealActivity.createMany(
      Array.from({ length: total }, (_, index) => ({
        dealId: deals[index % deals.length].id,
        kind: 'note' as const,
        body: `Line ${index}`,
        occurredAt: DateTime.now().minus({ minutes: index }),
      }))
    )
    const first = await client.get(`/crm/organisations/${alpha.id}`).loginAs(staff).withInertia()
    assert.lengthOf(first.inertiaProps.timeline, ORGANISATION_TIMELINE_STEP)
    assert.equal(first.inertiaProps.timeline[0].body, 'Line 0')
    assert.equal(first.inertiaProps.timelineNextLimit, ORGANISATION_TIMELINE_STEP * 2)

    const more = await client
      .get(`/crm/organisations/${alpha.id}?timeline=${first.inertiaProps.timelineNextLimit}`)
      .loginAs(staff)
      .withInertia()
    assert.lengthOf(more.inertiaProps.timeline, total)
    assert.equal(more.inertiaProps.timeline[total - 1].body, `Line ${total - 1}`)
    assert.isNull(more.inertiaProps.timelineNextLimit)
  })

  test('list and page take a fixed number of queries, however many deals', async ({
    client,
    assert,
  }) => {
    const { staff, alpha, deals } = await twoOrganisations()
    // One line already, so the timeline's preloads run in both measurements.
    await DealActivity.create({ dealId: deals[0].id, kind: 'call', occurredAt: DateTime.now() })
    const pageQueries = async () =>
      (
        await countQueries(() =>
          client.get(`/crm/organisations/${alpha.id}`).loginAs(staff).withInertia()
        )
      ).count
    const listQueries = async () =>
      (await countQueries(() => client.get('/crm/organisations').loginAs(staff).withInertia()))
        .count
    const before = { page: await pageQueries(), list: await listQueries() }

    // Ten more deals with a line each, and ten more organisations with a deal each.
    const opportunity = await createOpportunity(alpha, { titleEn: 'Alpha annex' })
    const more = await addDeals(
      opportunity,
      staff,
      Array.from({ length: 10 }, () => ({ key: 'new' }))
    )
    for (const deal of [...deals, ...more]) {
      await DealActivity.create({ dealId: deal.id, kind: 'note', occurredAt: DateTime.now() })
    }
    for (let index = 0; index < 10; index++) {
      const { organisation } = await createPartner()
      await addDeals(await createOpportunity(organisation), staff, [{ key: 'new' }])
    }

    assert.equal(await pageQueries(), before.page)
    assert.equal(await listQueries(), before.list)
    // List: user, count, page, countries, municipalities, figures, answer times, 2 filter lists.
    assert.isAtMost(before.list, 9)
    // Page: one query per list and per preloaded relation (measured 25 here).
    assert.isAtMost(before.page, 26)
  })

  test('organisations in the CRM are staff-only; an unknown one is 404', async ({ client }) => {
    const { alpha } = await twoOrganisations()
    const investor = await UserFactory.create()
    const { user: partner } = await createPartner()
    const admin = await UserFactory.apply('admin').create()
    for (const url of ['/crm/organisations', `/crm/organisations/${alpha.id}`]) {
      ;(await client.get(url).loginAs(investor)).assertStatus(403)
      ;(await client.get(url).loginAs(partner)).assertStatus(403)
      ;(await client.get(url).loginAs(admin)).assertStatus(200)
      const anonymous = await client.get(url).redirects(0)
      anonymous.assertStatus(302)
      anonymous.assertHeader('location', '/login')
    }
    // Even a member of the organisation does not get its CRM page.
    const member = await UserFactory.apply('partner').create()
    await alpha.related('members').create({ userId: member.id, role: 'owner' })
    ;(await client.get(`/crm/organisations/${alpha.id}`).loginAs(member)).assertStatus(403)

    const staff = await UserFactory.apply('staff').create()
    ;(await client.get('/crm/organisations/99999999').loginAs(staff)).assertStatus(404)
    ;(await client.get('/crm/organisations/not-a-number').loginAs(staff)).assertStatus(404)
  })
})

test.group('CRM organisation page: ids', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  // Found by the production fuzz test: 20 digits overflowed PostgreSQL's integer (500).
  test('an id longer than any of ours is a 404 page, not a 500', async ({ client, assert }) => {
    const staff = await UserFactory.apply('staff').create()
    const response = await client
      .get('/crm/organisations/99999999999999999999')
      .loginAs(staff)
      .withInertia()
    response.assertStatus(404)
    assert.notInclude(response.text(), 'out of range')
  })
})
