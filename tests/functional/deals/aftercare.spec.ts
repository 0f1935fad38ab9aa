import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import Country from '#models/country'
import Deal from '#models/deal'
import DealActivity from '#models/deal_activity'
import DealTask from '#models/deal_task'
import Event from '#models/event'
import LostReason from '#models/lost_reason'
import Municipality from '#models/municipality'
import PipelineStage from '#models/pipeline_stage'
import type User from '#models/user'
import BuildImpactReport from '#actions/deals/aftercare/build_impact_report'
import RefreshPublicFigures from '#actions/community/figures/refresh_public_figures'
import { jobs, schedules } from '#jobs/registry'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { countRows } from '#tests/helpers/database'
import { submitAs } from '#tests/helpers/requests'

async function investmentsStage(key: 'new' | 'won' | 'lost') {
  return PipelineStage.query()
    .whereIn('pipelineId', db.from('pipelines').where('slug', 'investments').select('id'))
    .where('key', key)
    .firstOrFail()
}

/** A deal straight in the database, in the given stage of the Investments pipeline. */
async function makeDeal(
  owner: User,
  options: {
    stage?: 'new' | 'won' | 'lost'
    closedAt?: DateTime | null
    opportunityId?: number | null
    investedEur?: number | null
    jobsCreated?: number | null
    investorReturned?: boolean | null
    lostReasonId?: number | null
    sourceEventId?: number | null
    valueEur?: number
  } = {}
) {
  const stage = await investmentsStage(options.stage ?? 'won')
  const investor = await UserFactory.create()
  return Deal.create({
    pipelineId: stage.pipelineId,
    stageId: stage.id,
    investorId: investor.id,
    opportunityId: options.opportunityId ?? null,
    ownerId: owner.id,
    title: `${investor.fullName} · test`,
    valueEur: options.valueEur ?? 300_000,
    stageEnteredAt: DateTime.now(),
    closedAt: options.closedAt === undefined ? DateTime.now() : options.closedAt,
    investedEur: options.investedEur ?? null,
    jobsCreated: options.jobsCreated ?? null,
    investorReturned: options.investorReturned ?? null,
    lostReasonId: options.lostReasonId ?? null,
    sourceEventId: options.sourceEventId ?? null,
  })
}

/** Runs the aftercare sweep through the registry, as the worker would, at a given time. */
async function sweep(now: DateTime) {
  const { default: Job } = await jobs['deals:aftercare']()
  return (await new Job().handle({ now: now.toISO()! }, { attempt: 1 })) as { reminded: number[] }
}

test.group('Aftercare: impact form', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('staff record what a won deal achieved; the timeline notes it', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const deal = await makeDeal(staff)
    const response = await submitAs(client, staff, 'post', `/crm/deals/${deal.id}/impact`, {
      json: { investedEur: 450_000, jobsCreated: 12, investorReturned: true },
    })
    response.assertStatus(302)
    await deal.refresh()
    assert.equal(deal.investedEur, 450_000)
    assert.equal(deal.jobsCreated, 12)
    assert.isTrue(deal.investorReturned)
    assert.isNotNull(deal.impactRecordedAt)
    const line = await DealActivity.query()
      .where({ dealId: deal.id, kind: 'aftercare' })
      .firstOrFail()
    assert.deepEqual(line.meta, {
      impact: { investedEur: 450_000, jobsCreated: 12, investorReturned: true },
    })

    const page = await client.get(`/crm/deals/${deal.id}`).loginAs(staff).withInertia()
    assert.equal(page.inertiaProps.deal.investedEur, 450_000)
  })

  test('bad numbers give field errors; an open deal is refused with 422; nothing stored', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const won = await makeDeal(staff)
    const open = await makeDeal(staff, { stage: 'new', closedAt: null })
    const before = await countRows('deal_activities')

    const invalid = await submitAs(client, staff, 'post', `/crm/deals/${won.id}/impact`, {
      json: { investedEur: -5, jobsCreated: 'many', investorReturned: true },
      referer: `/crm/deals/${won.id}`,
    })
    invalid.assertStatus(302)
    const errors = invalid.flashMessages().inputErrorsBag ?? invalid.flashMessages().errors
    assert.properties(errors, ['investedEur', 'jobsCreated'])
    assert.notProperty(errors, 'investorReturned')

    const notWon = await submitAs(client, staff, 'post', `/crm/deals/${open.id}/impact`, {
      json: { investedEur: 1000, jobsCreated: 1, investorReturned: false },
      asJsonCaller: true,
      follow: true,
    })
    notWon.assertStatus(422)
    await won.refresh()
    await open.refresh()
    assert.isNull(won.investedEur)
    assert.isNull(open.investedEur)
    assert.deepEqual(await countRows('deal_activities'), before)
  })
})

test.group('Aftercare: reminders', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('every 6 months for 2 years after winning: one task and one timeline line per round', async ({
    assert,
  }) => {
    assert.deepInclude(schedules, { name: 'deals:aftercare', pattern: '45 6 * * *' })
    const owner = await UserFactory.apply('staff').create()
    const wonAt = DateTime.fromISO('2025-01-15T10:00:00Z')
    const deal = await makeDeal(owner, { closedAt: wonAt })
    const lost = await makeDeal(owner, { stage: 'lost', closedAt: wonAt })
    const aftercareTasks = () =>
      DealTask.query().whereLike('dedupeKey', 'aftercare:%').whereIn('dealId', [deal.id, lost.id])

    assert.deepEqual(await sweep(wonAt.plus({ months: 5, days: 27 })), { reminded: [] })
    assert.deepEqual(await sweep(wonAt.plus({ months: 6, days: 1 })), { reminded: [deal.id] })
    // Sent once: the same round again, and again the next day, adds nothing.
    assert.deepEqual(await sweep(wonAt.plus({ months: 6, days: 1 })), { reminded: [] })
    assert.deepEqual(await sweep(wonAt.plus({ months: 6, days: 2 })), { reminded: [] })
    const first = await aftercareTasks()
    assert.lengthOf(first, 1)
    assert.equal(first[0].assigneeId, owner.id)
    assert.equal(first[0].title, 'Aftercare check-in 1/4')

    assert.deepEqual(await sweep(wonAt.plus({ months: 12, days: 1 })), { reminded: [deal.id] })
    assert.deepEqual(await sweep(wonAt.plus({ months: 18, days: 1 })), { reminded: [deal.id] })
    assert.deepEqual(await sweep(wonAt.plus({ months: 24, days: 1 })), { reminded: [deal.id] })
    assert.deepEqual(await sweep(wonAt.plus({ months: 30, days: 1 })), { reminded: [] })
    const all = await aftercareTasks().orderBy('id')
    assert.deepEqual(
      all.map((task) => task.dedupeKey),
      [1, 2, 3, 4].map((round) => `aftercare:${deal.id}:${round}`)
    )
    const timeline = await DealActivity.query()
      .where({ dealId: deal.id, kind: 'aftercare' })
      .orderBy('id')
    assert.deepEqual(
      timeline.map((line) => (line.meta as { round: number }).round),
      [1, 2, 3, 4]
    )
  })

  test('a logged check-in closes the open reminder task', async ({ client, assert }) => {
    const owner = await UserFactory.apply('staff').create()
    const deal = await makeDeal(owner, { closedAt: DateTime.now().minus({ months: 6, days: 3 }) })
    assert.deepEqual(await sweep(DateTime.now()), { reminded: [deal.id] })
    const response = await submitAs(client, owner, 'post', `/crm/deals/${deal.id}/aftercare`, {
      json: { body: 'Visited the plant: 14 people employed, second line in spring.' },
    })
    response.assertStatus(302)
    const task = await DealTask.query().where('dealId', deal.id).firstOrFail()
    assert.isNotNull(task.doneAt)
    const lines = await DealActivity.query().where({ dealId: deal.id, kind: 'aftercare' })
    assert.include(
      lines.map((line) => line.body),
      'Visited the plant: 14 people employed, second line in spring.'
    )
  })
})

test.group('Aftercare: impact sums', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('per municipality (with lost reasons), sector, year and source event; the figures table too', async ({
    assert,
  }) => {
    const owner = await UserFactory.apply('staff').create()
    const { organisation } = await createPartner()
    const nisEnergy = await createOpportunity(organisation, {
      municipality: 'nis',
      sectors: ['energy', 'ict'],
    })
    const nisFood = await createOpportunity(organisation, {
      municipality: 'nis',
      sectors: ['agriculture-food'],
    })
    const kragujevac = await createOpportunity(organisation, {
      municipality: 'kragujevac',
      sectors: ['manufacturing'],
    })
    const event = await Event.create({
      name: 'Vienna Diaspora Days',
      slug: 'vienna-diaspora-days-test',
      city: 'Vienna',
      countryId: (await Country.findByOrFail('code', 'AT')).id,
      startsOn: DateTime.fromISO('2025-03-01'),
      signupOpen: false,
    })
    const permit = await LostReason.findByOrFail('key', 'permit_delay')
    const land = await LostReason.findByOrFail('key', 'unclear_land_title')
    const y2025 = DateTime.fromISO('2025-06-10T10:00:00Z')
    const y2026 = DateTime.fromISO('2026-02-10T10:00:00Z')

    await makeDeal(owner, {
      opportunityId: nisEnergy.id,
      closedAt: y2025,
      investedEur: 500_000,
      jobsCreated: 10,
      investorReturned: true,
      sourceEventId: event.id,
      valueEur: 600_000,
    })
    await makeDeal(owner, {
      opportunityId: nisFood.id,
      closedAt: y2026,
      investedEur: 200_000,
      jobsCreated: 5,
      investorReturned: false,
    })
    await makeDeal(owner, {
      opportunityId: kragujevac.id,
      closedAt: y2026,
      investedEur: 1_000_000,
      jobsCreated: 40,
      investorReturned: true,
      sourceEventId: event.id,
      valueEur: 900_000,
    })
    // Won without recorded impact: counted as won, adds nothing.
    await makeDeal(owner, { opportunityId: nisFood.id, closedAt: y2026 })
    for (const reason of [permit, permit, land]) {
      await makeDeal(owner, {
        stage: 'lost',
        opportunityId: nisEnergy.id,
        closedAt: y2026,
        lostReasonId: reason.id,
      })
    }
    // Open deal from the event: counted as a deal of the event, not as won.
    await makeDeal(owner, {
      stage: 'new',
      closedAt: null,
      opportunityId: kragujevac.id,
      sourceEventId: event.id,
    })

    const report = await new BuildImpactReport().handle()
    const sums = (row: {
      won: number
      investedEur: number
      jobsCreated: number
      returnees: number
    }) => [row.won, row.investedEur, row.jobsCreated, row.returnees]
    assert.deepEqual(sums(report.totals), [4, 1_700_000, 55, 2])
    assert.deepEqual(
      report.byMunicipality.map((row) => [row.key, ...sums(row), row.lost]),
      [
        ['kragujevac', 1, 1_000_000, 40, 1, 0],
        ['nis', 3, 700_000, 15, 1, 3],
      ]
    )
    assert.deepEqual(
      report.byMunicipality[1].lostReasons.map((reason) => [reason.key, reason.deals]),
      [
        ['permit_delay', 2],
        ['unclear_land_title', 1],
      ]
    )
    assert.deepEqual(
      report.bySector.map((row) => [row.key, ...sums(row)]),
      [
        ['manufacturing', 1, 1_000_000, 40, 1],
        ['energy', 1, 500_000, 10, 1],
        ['ict', 1, 500_000, 10, 1],
        ['agriculture-food', 2, 200_000, 5, 0],
      ]
    )
    assert.deepEqual(
      report.byYear.map((row) => [row.key, ...sums(row)]),
      [
        ['2026', 3, 1_200_000, 45, 1],
        ['2025', 1, 500_000, 10, 1],
      ]
    )
    const fromEvent = report.byEvent.find((row) => row.id === event.id)!
    assert.deepInclude(fromEvent, {
      deals: 3,
      won: 2,
      wonValueEur: 1_500_000,
      investedEur: 1_500_000,
      jobsCreated: 50,
    })

    // The public figures' summary carries the same impact, per month (summed here per year).
    await new RefreshPublicFigures().handle({ now: DateTime.fromISO('2026-12-01T06:05:00Z') })
    const figures = await db
      .from('figure_summaries')
      .where('dimension', 'municipality')
      .select('subject_slug', db.raw("to_char(month, 'YYYY') AS year"))
      .sum({ invested: 'invested_eur', jobs: 'jobs_created', returnees: 'returnees' })
      .groupBy('subject_slug', 'year')
      .havingRaw('sum(invested_eur) > 0')
      .orderBy(['subject_slug', 'year'])
    assert.deepEqual(
      figures.map((row) => [
        row.subject_slug,
        row.year,
        Number(row.invested),
        Number(row.jobs),
        Number(row.returnees),
      ]),
      [
        ['kragujevac', '2026', 1_000_000, 40, 1],
        ['nis', '2025', 500_000, 10, 1],
        ['nis', '2026', 200_000, 5, 0],
      ]
    )
  })
})

test.group('Aftercare: a partner sees its impact', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test("a municipal office sees its municipality's sums and lost reasons; a company only its own listings", async ({
    client,
    assert,
  }) => {
    const owner = await UserFactory.apply('staff').create()
    const nis = await Municipality.findByOrFail('slug', 'nis')
    const { user: office, organisation: nisOffice } = await createPartner()
    nisOffice.merge({ kind: 'municipal_office', municipalityId: nis.id })
    await nisOffice.save()
    const { user: companyUser, organisation: company } = await createPartner()
    const officeListing = await createOpportunity(nisOffice, { municipality: 'nis' })
    const companyListing = await createOpportunity(company, { municipality: 'nis' })
    const elsewhere = await createOpportunity(company, { municipality: 'kragujevac' })
    const permit = await LostReason.findByOrFail('key', 'permit_delay')
    const y2026 = DateTime.fromISO('2026-05-10T10:00:00Z')

    await makeDeal(owner, {
      opportunityId: officeListing.id,
      closedAt: y2026,
      investedEur: 300_000,
      jobsCreated: 6,
      investorReturned: true,
    })
    await makeDeal(owner, {
      opportunityId: companyListing.id,
      closedAt: y2026,
      investedEur: 100_000,
      jobsCreated: 2,
    })
    await makeDeal(owner, {
      opportunityId: elsewhere.id,
      closedAt: y2026,
      investedEur: 900_000,
      jobsCreated: 30,
    })
    await makeDeal(owner, {
      stage: 'lost',
      opportunityId: companyListing.id,
      closedAt: y2026,
      lostReasonId: permit.id,
    })

    const officePage = await client.get('/partner/impact').loginAs(office).withInertia()
    officePage.assertStatus(200)
    assert.equal(officePage.inertiaProps.scope, 'municipality')
    assert.deepEqual(officePage.inertiaProps.totals, {
      won: 2,
      investedEur: 400_000,
      jobsCreated: 8,
      returnees: 1,
      lost: 1,
    })
    assert.deepEqual(officePage.inertiaProps.lostReasons, [
      { key: 'permit_delay', name: permit.name, deals: 1 },
    ])
    // Sums and counts only: no deal, investor or note reaches a partner.
    assert.notInclude(JSON.stringify(officePage.inertiaProps), owner.email)

    const companyPage = await client.get('/partner/impact').loginAs(companyUser).withInertia()
    assert.equal(companyPage.inertiaProps.scope, 'organisation')
    assert.deepEqual(
      companyPage.inertiaProps.byYear.map(
        (row: { year: number; won: number; investedEur: number; lost: number }) => [
          row.year,
          row.won,
          row.investedEur,
          row.lost,
        ]
      ),
      [[2026, 2, 1_000_000, 1]]
    )
  })
})
