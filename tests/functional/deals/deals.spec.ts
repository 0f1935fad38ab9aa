import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Deal from '#models/deal'
import DealTask from '#models/deal_task'
import PipelineStage from '#models/pipeline_stage'
import LostReason from '#models/lost_reason'
import SyncDealFromInterest from '#actions/deals/sync_deal_from_interest'
import SweepStaleDeals from '#jobs/sweep_stale_deals'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { countQueries } from '#tests/helpers/queries'
import { CARDS_PER_COLUMN } from '#actions/deals/load_pipeline_board'
import type { InterestData } from '#validators/opportunity'
import { submitAs } from '#tests/helpers/requests'
import { interestAndDeal, listingAndInvestor } from '#tests/helpers/marketplace'
import type { ApiClient } from '@japa/api-client'

const interestForm: InterestData = {
  amountMinEur: 100_000,
  amountMaxEur: 250_000,
  message: 'Interested, I visit Niš every summer.',
  contactChannel: 'email',
  contactLanguage: 'sr',
  consentToShareContact: true,
}

/** A stage of the Investments pipeline, by key. */
async function stage(key: string) {
  return PipelineStage.query()
    .whereIn('pipelineId', db.from('pipelines').where('slug', 'investments').select('id'))
    .where('key', key)
    .firstOrFail()
}

/** A new investor's interest in a new partner's listing, handed off to the CRM as a deal. */
async function newInvestorsDeal(client: ApiClient) {
  const investor = await UserFactory.create()
  const { organisation } = await createPartner()
  return interestAndDeal(client, investor, await createOpportunity(organisation), interestForm)
}

test.group('CRM deals', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an interest becomes exactly one deal, updated when the interest changes', async ({
    client,
    assert,
  }) => {
    await UserFactory.apply('staff').create()
    const { investor, opportunity } = await listingAndInvestor()

    const { interest, deal } = await interestAndDeal(client, investor, opportunity, interestForm)
    const outbox = await db.from('outbox_messages').where('job_name', 'deals:sync-from-interest')
    assert.lengthOf(outbox, 1)
    assert.equal(outbox[0].payload.interestId, interest.id)

    // The same job delivered twice (a retry, a duplicate) changes nothing.
    await new SyncDealFromInterest().handle({ interestId: interest.id })
    assert.lengthOf(await Deal.query().where('interestId', interest.id), 1)
    const lines = () => db.from('deal_activities').where({ deal_id: deal.id, kind: 'interest' })
    assert.lengthOf(await lines(), 1)
    assert.equal(deal.valueEur, 250_000)
    assert.equal((await deal.related('stage').query().firstOrFail()).key, 'new')

    // A second submission updates the same deal and adds one timeline line.
    await new Promise((resolve) => setTimeout(resolve, 5))
    await interestAndDeal(client, investor, opportunity, {
      ...interestForm,
      amountMaxEur: 400_000,
    })
    assert.lengthOf(await Deal.query().where('interestId', interest.id), 1)
    await deal.refresh()
    assert.equal(deal.valueEur, 400_000)
    assert.lengthOf(await lines(), 2)
  })

  test('new deals go round-robin to the staff', async ({ client, assert }) => {
    const first = await UserFactory.apply('staff').create()
    const second = await UserFactory.apply('staff').create()
    await UserFactory.apply('admin').create()
    const { organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation)
    const owners: (number | null)[] = []
    for (let i = 0; i < 3; i++) {
      const investor = await UserFactory.create()
      owners.push((await interestAndDeal(client, investor, opportunity, interestForm)).deal.ownerId)
    }
    assert.deepEqual(owners, [first.id, second.id, first.id])
  })

  test('a move based on a stale version is refused and changes nothing', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const colleague = await UserFactory.apply('staff').create()
    const { deal, interest } = await newInvestorsDeal(client)
    const qualified = await stage('qualified')
    const introduced = await stage('introduced')

    const first = await submitAs(client, colleague, 'post', `/crm/deals/${deal.id}/move`, {
      json: { stageId: qualified.id, lockVersion: 0 },
    })
    first.assertFlashMessage('success', 'Deal moved.')

    const late = await submitAs(client, staff, 'post', `/crm/deals/${deal.id}/move`, {
      json: { stageId: introduced.id, lockVersion: 0 },
      referer: '/crm/pipeline',
    })
    late.assertStatus(302)
    late.assertFlashMessage(
      'error',
      'Someone else moved this deal in the meantime; the board now shows where it is.'
    )
    await deal.refresh()
    assert.equal(deal.stageId, qualified.id)
    assert.equal(deal.lockVersion, 1)

    // The stage history is exact: one closed stay in New, one open stay in Qualified.
    const history = await db.from('deal_stage_history').where('deal_id', deal.id).orderBy('id')
    assert.lengthOf(history, 2)
    assert.isNotNull(history[0].exited_at)
    assert.isNull(history[1].exited_at)
    await interest.refresh()
    assert.equal(interest.status, 'in_progress')
  })

  test('lost needs a reason from the list', async ({ client, assert }) => {
    const staff = await UserFactory.apply('staff').create()
    const { deal, interest } = await newInvestorsDeal(client)
    const lost = await stage('lost')

    const refused = await submitAs(client, staff, 'post', `/crm/deals/${deal.id}/move`, {
      json: { stageId: lost.id, lockVersion: 0 },
    })
    assert.property(refused.flashMessages().inputErrorsBag, 'lostReasonId')
    await deal.refresh()
    assert.isNull(deal.closedAt)

    const reason = await LostReason.findByOrFail('key', 'unclear_land_title')
    await submitAs(client, staff, 'post', `/crm/deals/${deal.id}/move`, {
      json: { stageId: lost.id, lockVersion: 0, lostReasonId: reason.id },
    })
    await deal.refresh()
    assert.equal(deal.lostReasonId, reason.id)
    assert.isNotNull(deal.closedAt)
    await interest.refresh()
    assert.equal(interest.status, 'closed')
  })

  test('investors never see internal notes; partners and investors never reach the CRM', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const investor = await UserFactory.create()
    const { user: partner, organisation } = await createPartner()
    const { deal } = await interestAndDeal(
      client,
      investor,
      await createOpportunity(organisation),
      interestForm
    )
    await submitAs(client, staff, 'post', `/crm/deals/${deal.id}/activities`, {
      json: { kind: 'note', body: 'INTERNAL: investor hesitates about the land title' },
    })
    const page = await client.get(`/crm/deals/${deal.id}`).loginAs(staff).withInertia()
    assert.include(JSON.stringify(page.inertiaProps.activities), 'INTERNAL')

    const mine = await client.get('/investor/interests').loginAs(investor).withInertia()
    assert.notInclude(JSON.stringify(mine.inertiaProps), 'INTERNAL')
    assert.equal(mine.inertiaProps.interests[0].status, 'submitted')

    for (const user of [investor, partner]) {
      ;(await client.get(`/crm/deals/${deal.id}`).loginAs(user)).assertStatus(403)
      ;(await client.get('/crm/pipeline').loginAs(user)).assertStatus(403)
      const move = await submitAs(client, user, 'post', `/crm/deals/${deal.id}/move`, {
        json: { stageId: 1, lockVersion: 0 },
        asJsonCaller: true,
        follow: true,
      })
      move.assertStatus(403)
    }
  })

  test('a note without text is refused beside the field', async ({ client, assert }) => {
    const staff = await UserFactory.apply('staff').create()
    const { deal } = await newInvestorsDeal(client)
    const response = await submitAs(client, staff, 'post', `/crm/deals/${deal.id}/activities`, {
      json: { kind: 'note', body: '' },
    })
    assert.property(response.flashMessages().inputErrorsBag, 'body')
    assert.lengthOf(await db.from('deal_activities').where({ deal_id: deal.id, kind: 'note' }), 0)
  })

  test('the board shows counts and values per stage, in a fixed number of queries', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const { organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation)
    for (let i = 0; i < 3; i++) {
      await interestAndDeal(client, await UserFactory.create(), opportunity, interestForm)
    }
    await client.get('/crm/pipeline').loginAs(staff) // reference data is read once per process
    const { result, count } = await countQueries(() =>
      client.get('/crm/pipeline').loginAs(staff).withInertia()
    )
    result.assertInertiaComponent('deals/pipeline')
    const columns = result.inertiaProps.columns as {
      key: string
      count: number
      totalEur: number
      weightedEur: number
    }[]
    const fresh = columns.find((column) => column.key === 'new')!
    assert.deepEqual([fresh.count, fresh.totalEur, fresh.weightedEur], [3, 750_000, 37_500])
    // auth user, pipelines with stages, cards with column totals, staff, lost reasons
    assert.equal(count, 5)

    // A long column shows its first cards; the header still counts and sums them all.
    const investor = await UserFactory.create()
    const newStage = await stage('new')
    await Deal.createMany(
      Array.from({ length: CARDS_PER_COLUMN + 2 }, (_, index) => ({
        pipelineId: newStage.pipelineId,
        stageId: newStage.id,
        investorId: investor.id,
        ownerId: staff.id,
        title: `Bulk deal ${index}`,
        valueEur: 1_000,
        stageEnteredAt: DateTime.now(),
      }))
    )
    const { result: long, count: longCount } = await countQueries(() =>
      client.get('/crm/pipeline').loginAs(staff).withInertia()
    )
    const longColumn = long.inertiaProps.columns.find(
      (column: { key: string }) => column.key === 'new'
    )
    assert.equal(longColumn.count, CARDS_PER_COLUMN + 5)
    assert.lengthOf(longColumn.cards, CARDS_PER_COLUMN)
    assert.equal(longColumn.totalEur, 750_000 + (CARDS_PER_COLUMN + 2) * 1_000)
    assert.equal(longCount, 5)

    const filtered = await client
      .get(`/crm/pipeline?owner=${staff.id}&stale=true`)
      .loginAs(staff)
      .withInertia()
    assert.equal(
      filtered.inertiaProps.columns.find((column: { key: string }) => column.key === 'new').count,
      0
    )
  })

  test('the stale sweep flags deals past their threshold once, with a task for the owner', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const { deal } = await newInvestorsDeal(client)
    const sweep = new SweepStaleDeals()
    const at = (days: number) => ({ now: DateTime.now().plus({ days }).toISO()! })

    assert.deepEqual(await sweep.handle(at(2)), { flagged: 0 })
    assert.deepEqual(await sweep.handle(at(4)), { flagged: 1 })
    assert.deepEqual(await sweep.handle(at(5)), { flagged: 0 })
    await deal.refresh()
    assert.isNotNull(deal.staleSince)
    const tasks = await DealTask.query().where('dealId', deal.id)
    assert.lengthOf(tasks, 1)
    assert.equal(tasks[0].assigneeId, staff.id)
  })
})
