import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import Opportunity from '#models/opportunity'
import PipelineStage from '#models/pipeline_stage'
import RefreshPublicFigures from '#actions/community/figures/refresh_public_figures'
import { Worker } from 'bullmq'
import app from '@adonisjs/core/services/app'
import { jobs, schedules } from '#jobs/registry'
import { QueueManager } from '#services/queue_manager'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { countQueries } from '#tests/helpers/queries'

const at = (iso: string) => DateTime.fromISO(iso).toJSDate()

/**
 * Two published listings (Niš: energy + ICT, 1 M€, September; Skopje: agri-food,
 * 2.5 M€, October), a draft that must not count, three interests, one introduction,
 * a won deal on the Skopje listing, an open deal, and a won inquiry deal without a listing.
 */
async function buildActivity() {
  const { organisation } = await createPartner()
  const investor = await UserFactory.create()
  const nis = await createOpportunity(organisation, {
    municipality: 'nis',
    sectors: ['energy', 'ict'],
    totalSizeEur: 1_000_000,
  })
  const skopje = await createOpportunity(organisation, {
    municipality: 'skopje',
    sectors: ['agriculture-food'],
    totalSizeEur: 2_500_000,
  })
  await createOpportunity(organisation, { status: 'draft', totalSizeEur: 9_000_000 })
  await Opportunity.query()
    .where('id', nis.id)
    .update({ publishedAt: at('2026-09-10T10:00:00Z') })
  await Opportunity.query()
    .where('id', skopje.id)
    .update({ publishedAt: at('2026-10-05T10:00:00Z') })

  const interest = (opportunityId: number, createdAt: string) => ({
    opportunity_id: opportunityId,
    investor_id: investor.id,
    amount_min_eur: 50_000,
    amount_max_eur: 100_000,
    contact_channel: 'email',
    contact_language: 'en',
    status: 'submitted',
    consent_given_at: at(createdAt),
    created_at: at(createdAt),
    updated_at: at(createdAt),
  })
  // Interests are unique per investor and listing: a second investor for the second one.
  const other = await UserFactory.create()
  await db
    .table('interests')
    .multiInsert([
      interest(nis.id, '2026-09-20T10:00:00Z'),
      interest(skopje.id, '2026-10-12T10:00:00Z'),
      { ...interest(nis.id, '2026-10-15T10:00:00Z'), investor_id: other.id },
    ])

  const open = await PipelineStage.query().where('kind', 'open').orderBy('position').firstOrFail()
  const won = await PipelineStage.query()
    .where('kind', 'won')
    .where('pipelineId', open.pipelineId)
    .firstOrFail()
  const deal = (opportunityId: number | null, stage: PipelineStage, closedAt: string | null) => ({
    pipeline_id: stage.pipelineId,
    stage_id: stage.id,
    opportunity_id: opportunityId,
    investor_id: investor.id,
    title: 'Deal',
    value_eur: opportunityId ? 400_000 : 50_000,
    stage_entered_at: at('2026-10-01T00:00:00Z'),
    closed_at: closedAt ? at(closedAt) : null,
    created_at: at('2026-10-01T00:00:00Z'),
    updated_at: at('2026-10-01T00:00:00Z'),
  })
  const [openDeal] = await db
    .table('deals')
    .insert(deal(nis.id, open, null))
    .returning('id')
  await db.table('deals').multiInsert([
    // Staff recorded what the Skopje deal achieved; the inquiry deal has no impact yet.
    {
      ...deal(skopje.id, won, '2026-11-03T10:00:00Z'),
      invested_eur: 380_000,
      jobs_created: 12,
      investor_returned: true,
    },
    deal(null, won, '2026-11-20T10:00:00Z'),
  ])
  await db.table('introductions').insert({
    deal_id: openDeal.id,
    organisation_id: organisation.id,
    contact_name: 'Dragana Ilić',
    contact_email: 'contact@example.rs',
    status: 'requested',
    requested_at: at('2026-10-20T10:00:00Z'),
    due_at: at('2026-10-27T10:00:00Z'),
    created_at: at('2026-10-20T10:00:00Z'),
    updated_at: at('2026-10-20T10:00:00Z'),
  })
  return { nis, skopje }
}

type Row = Record<string, unknown>
const pick = (rows: Row[], dimension: string, slug: string | null) =>
  rows.filter((row) => row.dimension === dimension && row.subject_slug === slug)

test.group('Open figures', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the refresh job sums each month per country, municipality and sector', async ({
    assert,
  }) => {
    await buildActivity()
    // Through the registry, as the worker runs it.
    const { default: Job } = await jobs['figures:refresh']()
    const result = (await new Job().handle({ now: '2026-12-01T06:05:00Z' }, { attempt: 1 })) as {
      rows: number
    }
    const rows: Row[] = await db
      .from('figure_summaries')
      .select(
        'dimension',
        'subject_slug',
        db.raw("to_char(month, 'YYYY-MM') AS month"),
        'opportunities_published',
        db.raw('investment_sought_eur::int AS sought'),
        'interests',
        'introductions',
        'deals_won',
        db.raw('won_value_eur::int AS won_value')
      )
      .orderBy(['dimension', 'subject_slug', 'month'])
    assert.equal(result.rows, rows.length)
    const compact = (list: Row[]) =>
      list.map((row) => [
        row.month,
        row.opportunities_published,
        row.sought,
        row.interests,
        row.introductions,
        row.deals_won,
        row.won_value,
      ])

    // month, published, sought, interests, introductions, won, won value
    assert.deepEqual(compact(pick(rows, 'total', null)), [
      ['2026-09', 1, 1_000_000, 1, 0, 0, 0],
      ['2026-10', 1, 2_500_000, 2, 1, 0, 0],
      // The inquiry deal has no listing: it counts in the totals only.
      ['2026-11', 0, 0, 0, 0, 2, 450_000],
    ])
    assert.deepEqual(compact(pick(rows, 'country', 'RS')), [
      ['2026-09', 1, 1_000_000, 1, 0, 0, 0],
      ['2026-10', 0, 0, 1, 1, 0, 0],
    ])
    assert.deepEqual(compact(pick(rows, 'country', 'MK')), [
      ['2026-10', 1, 2_500_000, 1, 0, 0, 0],
      ['2026-11', 0, 0, 0, 0, 1, 400_000],
    ])
    assert.deepEqual(compact(pick(rows, 'municipality', 'skopje')), [
      ['2026-10', 1, 2_500_000, 1, 0, 0, 0],
      ['2026-11', 0, 0, 0, 0, 1, 400_000],
    ])
    // One listing in two sectors counts in both.
    assert.deepEqual(compact(pick(rows, 'sector', 'energy')), compact(pick(rows, 'sector', 'ict')))
    assert.deepEqual(compact(pick(rows, 'sector', 'energy')), [
      ['2026-09', 1, 1_000_000, 1, 0, 0, 0],
      ['2026-10', 0, 0, 1, 1, 0, 0],
    ])

    // Idempotent: a second run replaces the rows with the same figures.
    await new RefreshPublicFigures().handle({ now: DateTime.fromISO('2026-12-01T07:05:00Z') })
    const again = await db.from('figure_summaries').count('* as total')
    assert.equal(Number(again[0].total), rows.length)
  })

  test('the page shows the sums and reads nothing but the summary table', async ({
    client,
    assert,
  }) => {
    await buildActivity()
    await new RefreshPublicFigures().handle()
    // Live data changed after the refresh must not show until the next one.
    await createOpportunity((await createPartner()).organisation, { totalSizeEur: 7_000_000 })

    const { result: response, queries } = await countQueries(() =>
      client.get('/figures').withInertia()
    )
    response.assertStatus(200)
    response.assertInertiaComponent('community/figures/index')
    // One query, as the README says: the summary rows (a guest has no session or user row).
    assert.lengthOf(queries, 1, queries.join('\n'))
    for (const sql of queries) {
      assert.include(sql, 'figure_summaries', `unexpected query: ${sql}`)
      assert.notMatch(
        sql,
        /\b(opportunities|interests|deals|introductions|organisations|municipalities|countries|sectors)\b/,
        `the page touched a live table: ${sql}`
      )
    }

    const props = response.inertiaProps
    assert.deepEqual(props.totals, {
      opportunitiesPublished: 2,
      investmentSoughtEur: 3_500_000,
      interests: 3,
      introductions: 1,
      dealsWon: 2,
      wonValueEur: 450_000,
      investedEur: 380_000,
      jobsCreated: 12,
      returnees: 1,
    })
    assert.deepEqual(
      props.months.map((row: { month: string }) => row.month),
      ['2026-09', '2026-10', '2026-11']
    )
    assert.deepEqual(
      props.countries.map((row: { slug: string; investmentSoughtEur: number }) => [
        row.slug,
        row.investmentSoughtEur,
      ]),
      [
        ['MK', 2_500_000],
        ['RS', 1_000_000],
      ]
    )
    const nis = props.municipalities.find((row: { slug: string }) => row.slug === 'nis')
    assert.equal(nis.interests, 2)
    assert.equal(nis.introductions, 1)
    assert.isNotNull(props.computedAt)
  })

  test('a period keeps only its months; an unknown period shows all time', async ({
    client,
    assert,
  }) => {
    await buildActivity()
    await new RefreshPublicFigures().handle()
    const recent = await client.get('/figures?period=12').withInertia()
    const months = recent.inertiaProps.months.map((row: { month: string }) => row.month)
    const oldest = DateTime.now().startOf('month').minus({ months: 11 }).toFormat('yyyy-MM')
    assert.isTrue(months.every((month: string) => month >= oldest))
    const bogus = await client.get('/figures?period=forever').withInertia()
    assert.equal(bogus.inertiaProps.period, 'all')
    assert.lengthOf(bogus.inertiaProps.months, 3)
  })

  test('before the first refresh the page says so instead of failing', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/figures').withInertia()
    response.assertStatus(200)
    assert.isNull(response.inertiaProps.computedAt)
    assert.deepEqual(response.inertiaProps.months, [])
  })

  test("one subject's months on request, and the impact of won deals per year", async ({
    client,
    assert,
  }) => {
    await buildActivity()
    await new RefreshPublicFigures().handle()

    const { result: skopje, queries } = await countQueries(() =>
      client.get('/figures?focus=municipality:skopje').withInertia()
    )
    assert.isTrue(queries.every((sql) => sql.includes('figure_summaries')))
    assert.equal(skopje.inertiaProps.focus.nameEn, 'Skopje')
    assert.deepEqual(
      skopje.inertiaProps.months.map(
        (row: { month: string; opportunitiesPublished: number; dealsWon: number }) => [
          row.month,
          row.opportunitiesPublished,
          row.dealsWon,
        ]
      ),
      [
        ['2026-10', 1, 0],
        ['2026-11', 0, 1],
      ]
    )
    // Totals stay the overall ones.
    assert.equal(skopje.inertiaProps.totals.opportunitiesPublished, 2)

    const country = await client.get('/figures?focus=country:rs').withInertia()
    assert.equal(country.inertiaProps.focus.slug, 'RS')
    assert.lengthOf(country.inertiaProps.months, 2)
    const unknown = await client.get('/figures?focus=municipality:atlantis').withInertia()
    assert.isNull(unknown.inertiaProps.focus)
    assert.lengthOf(unknown.inertiaProps.months, 3)

    const impact = skopje.inertiaProps.impact
    assert.deepEqual(
      impact.years.map(
        (row: { year: number; investedEur: number; jobsCreated: number; returnees: number }) => [
          row.year,
          row.investedEur,
          row.jobsCreated,
          row.returnees,
        ]
      ),
      [[2026, 380_000, 12, 1]]
    )
    assert.deepEqual(
      impact.municipalities.map(
        (row: { slug: string; year: number; investedEur: number; jobsCreated: number }) => [
          row.slug,
          row.year,
          row.investedEur,
          row.jobsCreated,
        ]
      ),
      [['skopje', 2026, 380_000, 12]]
    )
    assert.deepEqual(
      impact.sectors.map((row: { slug: string; returnees: number }) => [row.slug, row.returnees]),
      [['agriculture-food', 1]]
    )
  })
})

test.group('Open figures: the scheduled BullMQ job', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the worker declares it hourly and a queued run fills the summary table', async ({
    assert,
  }) => {
    assert.deepInclude(schedules, { name: 'figures:refresh', pattern: '5 * * * *' })
    await buildActivity()

    // A queue of its own under this run's Redis prefix, declared as queue:work does.
    const manager = await app.container.make(QueueManager)
    const name = `figures-test-${Date.now()}`
    const queue = manager.queue(name)
    const worker = new Worker(
      name,
      async (job) => {
        const { default: Handler } = await jobs['figures:refresh']()
        return new Handler().handle(job.data, { attempt: job.attemptsMade + 1, jobId: job.id })
      },
      { connection: manager.config.connection, prefix: manager.config.prefix }
    )
    try {
      await queue.upsertJobScheduler(
        'figures:refresh',
        { pattern: '5 * * * *' },
        { name: 'figures:refresh', data: {} }
      )
      const scheduler = await queue.getJobScheduler('figures:refresh')
      assert.equal(scheduler?.pattern, '5 * * * *')
      assert.equal(new Date(scheduler!.next!).getUTCMinutes(), 5)

      const done = new Promise((resolve, reject) => {
        worker.on('completed', (_job, result) => resolve(result))
        worker.on('failed', (_job, error) => reject(error))
      })
      await queue.add('figures:refresh', {})
      const result = (await done) as { rows: number }
      assert.isAbove(result.rows, 0)
      const totals = await db
        .from('figure_summaries')
        .where('dimension', 'total')
        .sum('opportunities_published as published')
      assert.equal(Number(totals[0].published), 2)
    } finally {
      await worker.close()
      await queue.obliterate({ force: true })
    }
  })
})
