import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import Deal from '#models/deal'
import DealTask from '#models/deal_task'
import PipelineStage from '#models/pipeline_stage'
import { UserFactory } from '#database/factories/user_factory'
import { submitAs } from '#tests/helpers/requests'

async function openDeal(ownerId: number) {
  const investor = await UserFactory.create()
  const stage = await PipelineStage.query()
    .whereIn('pipelineId', db.from('pipelines').where('slug', 'investments').select('id'))
    .where('key', 'new')
    .firstOrFail()
  return Deal.create({
    pipelineId: stage.pipelineId,
    stageId: stage.id,
    investorId: investor.id,
    ownerId,
    title: 'Vineyard near Negotin',
    valueEur: 300_000,
    stageEnteredAt: DateTime.now(),
  })
}

test.group('CRM: reassigning a deal and ticking off its tasks', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('reassigning hands the deal to another assistant, on the timeline and in the audit log', async ({
    client,
    assert,
  }) => {
    const milica = await UserFactory.apply('staff').create()
    const nikola = await UserFactory.apply('staff').create()
    const deal = await openDeal(milica.id)

    const response = await client
      .post(`/crm/deals/${deal.id}/reassign`)
      .form({ ownerId: nikola.id })
      .header('referer', `/crm/deals/${deal.id}`)
      .loginAs(milica)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', `/crm/deals/${deal.id}`)
    assert.include(response.flashMessages().success, nikola.fullName)

    await deal.refresh()
    assert.equal(deal.ownerId, nikola.id)
    const [activity] = await db
      .from('deal_activities')
      .where({ deal_id: deal.id, kind: 'assignment' })
    assert.equal(activity.actor_id, milica.id)
    assert.deepEqual(activity.meta, { from: milica.id, to: nikola.id })
    const [entry] = await db
      .from('audit_entries')
      .where({ action: 'deal.reassigned', subject_id: deal.id })
    assert.exists(entry)

    // The page shows the new owner.
    const page = await client.get(`/crm/deals/${deal.id}`).loginAs(nikola).withInertia()
    assert.equal(page.inertiaProps.deal.owner.id, nikola.id)
  })

  test('a deal goes only to a staff member: an investor as owner is a field error', async ({
    client,
    assert,
  }) => {
    const milica = await UserFactory.apply('staff').create()
    const investor = await UserFactory.create()
    const deal = await openDeal(milica.id)
    const response = await submitAs(client, milica, 'post', `/crm/deals/${deal.id}/reassign`, {
      json: { ownerId: investor.id },
      asJsonCaller: true,
      follow: true,
    })
    response.assertStatus(422)
    assert.equal(response.body().errors[0].field, 'ownerId')
    await deal.refresh()
    assert.equal(deal.ownerId, milica.id)
    assert.lengthOf(await db.from('deal_activities').where({ deal_id: deal.id }), 0)
  })

  test("toggling a task marks it done, toggling again reopens it; another deal's task is 404", async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const deal = await openDeal(staff.id)
    const other = await openDeal(staff.id)
    const task = await DealTask.create({
      dealId: deal.id,
      assigneeId: staff.id,
      createdById: staff.id,
      title: 'Send the land title',
      dueAt: DateTime.now().plus({ days: 2 }),
    })
    const toggle = (dealId: number) =>
      client
        .post(`/crm/deals/${dealId}/tasks/${task.id}/toggle`)
        .header('referer', `/crm/deals/${dealId}`)
        .loginAs(staff)
        .withCsrfToken()
        .redirects(0)

    const done = await toggle(deal.id)
    done.assertStatus(302)
    done.assertHeader('location', `/crm/deals/${deal.id}`)
    await task.refresh()
    assert.isNotNull(task.doneAt)
    assert.closeTo(task.doneAt!.toMillis(), Date.now(), 60_000)

    await toggle(deal.id)
    await task.refresh()
    assert.isNull(task.doneAt)

    // The task id with a deal it does not belong to.
    const wrong = await submitAs(
      client,
      staff,
      'post',
      `/crm/deals/${other.id}/tasks/${task.id}/toggle`,
      { asJsonCaller: true, follow: true }
    )
    wrong.assertStatus(404)
    await task.refresh()
    assert.isNull(task.doneAt)
  })
})
