import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import Deal from '#models/deal'
import DealTask from '#models/deal_task'
import PipelineStage from '#models/pipeline_stage'
import LostReason from '#models/lost_reason'
import type User from '#models/user'
import { UserFactory } from '#database/factories/user_factory'
import { submitAs } from '#tests/helpers/requests'
import { openDeal, pipelineStage } from '#tests/helpers/deals'

function bulk(client: Parameters<typeof submitAs>[0], user: User, path: string, json: object) {
  return submitAs(client, user, 'post', `/crm/deals/bulk/${path}`, { json, asJsonCaller: true })
}

type Outcome = { dealId: number; ok: boolean; error?: string }
const byDeal = (outcomes: Outcome[]) =>
  Object.fromEntries(outcomes.map((outcome) => [outcome.dealId, outcome.ok || outcome.error]))

test.group('CRM: bulk work on the deal list', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('reassigning many deals: each own or unassigned deal moves and is audited, a colleague’s is refused', async ({
    client,
    assert,
  }) => {
    const milica = await UserFactory.apply('staff').create()
    const nikola = await UserFactory.apply('staff').create()
    const jelena = await UserFactory.apply('staff').create()
    const own = await openDeal(milica.id, 'Solar park near Zaječar')
    const unassigned = await openDeal(null, 'Hotel in Zlatibor')
    const colleagues = await openDeal(jelena.id, 'Bakery in Kragujevac')

    const response = await bulk(client, milica, 'reassign', {
      dealIds: [own.id, unassigned.id, colleagues.id, 2_000_000_000],
      ownerId: nikola.id,
    })
    response.assertStatus(200)
    assert.deepEqual(byDeal(response.body().outcomes), {
      [own.id]: true,
      [unassigned.id]: true,
      [colleagues.id]: 'forbidden',
      2000000000: 'not_found',
    })
    assert.equal(response.body().done, 2)
    assert.equal(response.body().failed, 2)
    assert.equal((await Deal.findOrFail(own.id)).ownerId, nikola.id)
    assert.equal((await Deal.findOrFail(unassigned.id)).ownerId, nikola.id)
    assert.equal((await Deal.findOrFail(colleagues.id)).ownerId, jelena.id)
    const audited = await db
      .from('audit_entries')
      .where({ action: 'deal.reassigned', actor_id: milica.id })
      .select('subject_id')
    assert.sameMembers(
      audited.map((row) => row.subject_id),
      [own.id, unassigned.id]
    )
    // Nikola heard of both deals, once each.
    const notices = await db
      .from('notifications')
      .where({ user_id: nikola.id, kind: 'deal_assigned' })
    assert.lengthOf(notices, 2)

    // An admin may hand any deal on.
    const admin = await UserFactory.apply('admin').create()
    const asAdmin = await bulk(client, admin, 'reassign', {
      dealIds: [colleagues.id],
      ownerId: nikola.id,
    })
    assert.deepEqual(byDeal(asAdmin.body().outcomes), { [colleagues.id]: true })
  })

  test('moving many deals goes through MoveDeal: history, timeline and audit per deal; partial failures reported', async ({
    client,
    assert,
  }) => {
    const milica = await UserFactory.apply('staff').create()
    const deals = [
      await openDeal(milica.id, 'Cold storage in Leskovac'),
      await openDeal(milica.id, 'Vineyard near Negotin'),
    ]
    const qualified = await pipelineStage('qualified')

    const moved = await bulk(client, milica, 'move', {
      dealIds: deals.map((deal) => deal.id),
      stageId: qualified.id,
    })
    moved.assertStatus(200)
    assert.equal(moved.body().done, 2)
    for (const deal of deals) {
      await deal.refresh()
      assert.equal(deal.stageId, qualified.id)
      assert.equal(deal.lockVersion, 1)
      const history = await db.from('deal_stage_history').where('deal_id', deal.id)
      assert.lengthOf(history, 1)
      const timeline = await db
        .from('deal_activities')
        .where({ deal_id: deal.id, kind: 'stage_change' })
      assert.lengthOf(timeline, 1)
      const audit = await db
        .from('audit_entries')
        .where({ action: 'deal.moved', subject_id: deal.id })
      assert.lengthOf(audit, 1)
    }

    // Lost needs a reason: without one every deal is reported, none moves.
    const lost = await pipelineStage('lost')
    const noReason = await bulk(client, milica, 'move', {
      dealIds: deals.map((deal) => deal.id),
      stageId: lost.id,
    })
    assert.deepEqual(byDeal(noReason.body().outcomes), {
      [deals[0].id]: 'lost_reason',
      [deals[1].id]: 'lost_reason',
    })
    // A stage of another pipeline is refused per deal.
    const otherPipeline = await PipelineStage.query()
      .whereNot('pipelineId', qualified.pipelineId)
      .firstOrFail()
    const wrong = await bulk(client, milica, 'move', {
      dealIds: [deals[0].id],
      stageId: otherPipeline.id,
    })
    assert.deepEqual(byDeal(wrong.body().outcomes), { [deals[0].id]: 'other_pipeline' })
    const reason = await LostReason.firstOrFail()
    const withReason = await bulk(client, milica, 'move', {
      dealIds: [deals[0].id],
      stageId: lost.id,
      lostReasonId: reason.id,
    })
    assert.equal(withReason.body().done, 1)
    assert.isNotNull((await Deal.findOrFail(deals[0].id)).closedAt)
  })

  test('adding a task to many deals: open deals get it (audited), closed ones are reported', async ({
    client,
    assert,
  }) => {
    const milica = await UserFactory.apply('staff').create()
    const open = await openDeal(milica.id, 'Cold storage in Leskovac')
    const closed = await openDeal(milica.id, 'Vineyard near Negotin')
    await Deal.query().where('id', closed.id).update({ closed_at: new Date() })

    const response = await bulk(client, milica, 'tasks', {
      dealIds: [open.id, closed.id],
      title: 'Call about the site visit',
      dueAt: '2026-12-20',
    })
    response.assertStatus(200)
    assert.deepEqual(byDeal(response.body().outcomes), { [open.id]: true, [closed.id]: 'closed' })
    const tasks = await DealTask.query().where('title', 'Call about the site visit')
    assert.lengthOf(tasks, 1)
    assert.equal(tasks[0].dealId, open.id)
    assert.equal(tasks[0].assigneeId, milica.id)
    const audit = await db
      .from('audit_entries')
      .where({ action: 'deal.task_added', subject_id: open.id })
    assert.lengthOf(audit, 1)
  })

  test('bad input is a field error, partners and investors are refused, the export takes the ticked deals', async ({
    client,
    assert,
  }) => {
    const milica = await UserFactory.apply('staff').create()
    const first = await openDeal(milica.id, 'Cold storage in Leskovac')
    const second = await openDeal(milica.id, 'Vineyard near Negotin')
    await openDeal(milica.id, 'Hotel in Zlatibor')

    for (const json of [
      { dealIds: [], ownerId: milica.id },
      { dealIds: 'all', ownerId: milica.id },
      { dealIds: Array.from({ length: 501 }, (_, index) => index + 1), ownerId: milica.id },
      { dealIds: [first.id], ownerId: 'x' },
    ]) {
      const response = await bulk(client, milica, 'reassign', json)
      response.assertStatus(422)
    }
    const noTitle = await bulk(client, milica, 'tasks', { dealIds: [first.id], dueAt: 'soon' })
    noTitle.assertStatus(422)
    assert.sameMembers(
      noTitle.body().errors.map((error: { field: string }) => error.field),
      ['title', 'dueAt']
    )

    const investor = await UserFactory.create()
    const refused = await bulk(client, investor, 'reassign', {
      dealIds: [first.id],
      ownerId: milica.id,
    })
    assert.include([403, 404], refused.status())
    assert.equal((await Deal.findOrFail(first.id)).ownerId, milica.id)

    const csv = await client
      .get(`/crm/deals.csv?pipeline=investments&ids=${first.id},${second.id}`)
      .loginAs(milica)
    csv.assertStatus(200)
    const lines = csv.text().trim().split('\n')
    assert.lengthOf(lines, 3)
    assert.include(csv.text(), 'Cold storage in Leskovac')
    assert.include(csv.text(), 'Vineyard near Negotin')
    assert.notInclude(csv.text(), 'Hotel in Zlatibor')
  })
})
