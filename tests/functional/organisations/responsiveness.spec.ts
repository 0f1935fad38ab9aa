import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Deal from '#models/deal'
import PipelineStage from '#models/pipeline_stage'
import type Organisation from '#models/organisation'
import type Opportunity from '#models/opportunity'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { dealFromInterest } from '#tests/helpers/marketplace'
import { createInvestorProfile } from '#tests/helpers/matching'
import MeasureResponsiveness from '#actions/organisations/measure_responsiveness'
import RefreshResponsiveness from '#actions/organisations/refresh_responsiveness'
import RecommendOpportunities from '#actions/investors/matching/recommend_opportunities'
import MoveDeal from '#actions/deals/move_deal'
import { introductionAnsweredAfter } from '#tests/helpers/deals'

/** An introduction requested `daysAgo` days ago, answered after `hours` (or not, when null). */
async function addIntroduction(organisation: Organisation, hours: number | null, daysAgo = 5) {
  const { deal } = await dealFromInterest(
    await UserFactory.create(),
    await createOpportunity(organisation)
  )
  // The interest behind this deal is not what this helper measures: move it out of the window.
  await db
    .from('interests')
    .where('id', deal.interestId!)
    .update({ created_at: DateTime.now().minus({ days: 200 }).toJSDate() })
  return introductionAnsweredAfter(
    organisation,
    deal,
    hours,
    DateTime.now().minus({ days: daysAgo })
  )
}

/** An investor's interest sent `hoursAgo`; answered now (its deal moved on) when `answer`. */
async function addInterest(opportunity: Opportunity, hoursAgo: number, answer: boolean) {
  const { interest, deal } = await dealFromInterest(await UserFactory.create(), opportunity)
  await db
    .from('interests')
    .where('id', interest.id)
    .update({ created_at: DateTime.now().minus({ hours: hoursAgo }).toJSDate() })
  if (answer) {
    const qualified = await PipelineStage.query()
      .where({ pipelineId: deal.pipelineId, key: 'qualified' })
      .firstOrFail()
    await new MoveDeal().handle({
      dealId: deal.id,
      stageId: qualified.id,
      lockVersion: (await Deal.findOrFail(deal.id)).lockVersion,
      actor: null,
    })
  }
  return interest
}

async function figures(organisation: Organisation) {
  const measured = await new MeasureResponsiveness().handle({ organisationIds: [organisation.id] })
  return measured.get(organisation.id)
}

test.group('Partner responsiveness', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('interests and introductions of the last 90 days: share answered and median time', async ({
    assert,
  }) => {
    const { organisation } = await createPartner()
    const listing = await createOpportunity(organisation)
    await addIntroduction(organisation, 20)
    await addIntroduction(organisation, 40)
    await addInterest(listing, 30, true)
    // Older than 90 days: not counted.
    await addIntroduction(organisation, 400, 120)

    assert.deepEqual(await figures(organisation), {
      asked: 3,
      answered: 3,
      answeredPct: 100,
      medianHours: 30,
      badgeDays: 2,
    })

    // An interest left unanswered moves the figure (3 of 4), the badge stays.
    await addInterest(listing, 10, false)
    assert.deepEqual(await figures(organisation), {
      asked: 4,
      answered: 3,
      answeredPct: 75,
      medianHours: 30,
      badgeDays: 2,
    })

    // More unanswered than answered: no "usually answers" any more.
    await addIntroduction(organisation, null)
    await addInterest(listing, 5, false)
    await addInterest(listing, 2, false)
    const low = await figures(organisation)
    assert.equal(low?.answeredPct, 43)
    assert.isNull(low?.badgeDays)
  })

  test('too few requests: nothing to judge, no badge', async ({ assert }) => {
    const { organisation } = await createPartner()
    await addIntroduction(organisation, 3)
    await addIntroduction(organisation, 5)
    assert.deepInclude(await figures(organisation), {
      asked: 2,
      answered: 2,
      answeredPct: null,
      badgeDays: null,
    })
  })

  test('the organisation page and its listing cards show the badge', async ({ client, assert }) => {
    const { organisation } = await createPartner()
    const listing = await createOpportunity(organisation)
    await addIntroduction(organisation, 2)
    await addIntroduction(organisation, 10)
    await addInterest(listing, 20, true)

    const page = await client.get(`/organisations/${organisation.slug}`).withInertia()
    page.assertStatus(200)
    assert.deepEqual(page.inertiaProps.responsiveness, {
      asked: 3,
      answered: 3,
      answeredPct: 100,
      medianHours: 10,
      badgeDays: 1,
    })
    assert.equal(page.inertiaProps.badges[listing.id], 1)

    // Cards read the stored figures (refreshed hourly by the job).
    const before = await client.get('/opportunities').withInertia()
    assert.isUndefined(before.inertiaProps.badges[listing.id])
    await new RefreshResponsiveness().handle()
    const browse = await client.get('/opportunities').withInertia()
    assert.equal(browse.inertiaProps.badges[listing.id], 1)
  })

  test('"recommended": among equal scores the more responsive partner comes first', async ({
    assert,
  }) => {
    const investor = await UserFactory.create()
    await createInvestorProfile(investor, { sectors: ['ict'], municipalities: ['nis'] })
    const slow = (await createPartner()).organisation
    const fast = (await createPartner()).organisation
    const newer = await createOpportunity(slow, { sectors: ['ict'], publishedDaysAgo: 1 })
    const older = await createOpportunity(fast, { sectors: ['ict'], publishedDaysAgo: 20 })
    for (const hours of [3, 5, 8]) await addIntroduction(fast, hours)

    const ranked = async () =>
      (
        await new RecommendOpportunities().handle({ investor, locale: 'en', limit: 50 })
      ).opportunities
        .map((row) => row.id)
        .filter((id) => id === newer.id || id === older.id)

    // Before the figures are stored, freshness decides.
    assert.deepEqual(await ranked(), [newer.id, older.id])
    await new RefreshResponsiveness().handle()
    const stored = await db.from('organisations').where('id', fast.id).firstOrFail()
    assert.equal(stored.response_answered_pct, 100)
    assert.equal(stored.response_median_hours, 5)
    assert.deepEqual(await ranked(), [older.id, newer.id])
  })
})
