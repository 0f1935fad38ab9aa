import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Pipeline from '#models/pipeline'
import PipelineStage from '#models/pipeline_stage'
import LostReason from '#models/lost_reason'
import { UserFactory } from '#database/factories/user_factory'
import { countRows } from '#tests/helpers/database'
import { submitAs } from '#tests/helpers/requests'

async function investmentStages() {
  const pipeline = await Pipeline.findByOrFail('slug', 'investments')
  return PipelineStage.query().where('pipelineId', pipeline.id).orderBy('position')
}

test.group('CRM settings (admins)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an admin renames, re-weights, reorders and extends stages', async ({ client, assert }) => {
    const admin = await UserFactory.apply('admin').create()
    const [fresh, qualified] = await investmentStages()

    await submitAs(client, admin, 'put', `/crm/settings/stages/${qualified.id}`, {
      json: { name: 'Screened', winProbability: 20, staleAfterDays: 5 },
    })
    await qualified.refresh()
    assert.deepEqual(
      [qualified.name, qualified.customName, qualified.winProbability, qualified.staleAfterDays],
      ['Screened', true, 20, 5]
    )

    await submitAs(client, admin, 'post', `/crm/settings/stages/${qualified.id}/move`, {
      json: { direction: 'up' },
    })
    const pipeline = await Pipeline.findByOrFail('slug', 'investments')
    await submitAs(client, admin, 'post', `/crm/settings/pipelines/${pipeline.id}/stages`, {
      json: { name: 'Site visit', winProbability: 50, staleAfterDays: 10 },
    })

    const names = (await investmentStages()).map((stage) => stage.key ?? stage.name)
    assert.deepEqual(names, [
      'qualified',
      'new',
      'introduced',
      'meeting_held',
      'due_diligence',
      'negotiation',
      'Site visit',
      'won',
      'lost',
    ])
    await fresh.refresh()
    assert.equal(fresh.position, 1)
  })

  test('bad stage values are refused beside the fields', async ({ client, assert }) => {
    const admin = await UserFactory.apply('admin').create()
    const [fresh] = await investmentStages()
    const response = await submitAs(client, admin, 'put', `/crm/settings/stages/${fresh.id}`, {
      json: { name: '', winProbability: 140 },
    })
    assert.properties(response.flashMessages().inputErrorsBag, ['name', 'winProbability'])
    await fresh.refresh()
    assert.equal(fresh.name, 'New')
  })

  test('a new pipeline starts with New, Won and Lost; names are unique', async ({
    client,
    assert,
  }) => {
    const admin = await UserFactory.apply('admin').create()
    await submitAs(client, admin, 'post', '/crm/settings/pipelines', {
      json: { name: 'Scholarships' },
    })
    const pipeline = await Pipeline.findByOrFail('name', 'Scholarships')
    const stages = await PipelineStage.query().where('pipelineId', pipeline.id).orderBy('position')
    assert.deepEqual(
      stages.map((stage) => stage.kind),
      ['open', 'won', 'lost']
    )
    const before = await countRows('pipelines')
    const duplicate = await submitAs(client, admin, 'post', '/crm/settings/pipelines', {
      json: { name: 'investments' },
    })
    assert.property(duplicate.flashMessages().inputErrorsBag, 'name')
    assert.deepEqual(await countRows('pipelines'), before)
  })

  test('lost reasons are added and retired', async ({ client, assert }) => {
    const admin = await UserFactory.apply('admin').create()
    await submitAs(client, admin, 'post', '/crm/settings/lost-reasons', {
      json: { name: 'Currency risk' },
    })
    const reason = await LostReason.findByOrFail('name', 'Currency risk')
    await submitAs(client, admin, 'post', `/crm/settings/lost-reasons/${reason.id}/toggle`)
    await reason.refresh()
    assert.isFalse(reason.active)
  })

  test('staff use the CRM but cannot change its settings', async ({ client, assert }) => {
    const staff = await UserFactory.apply('staff').create()
    ;(await client.get('/crm/settings').loginAs(staff)).assertStatus(403)
    const [fresh] = await investmentStages()
    const response = await submitAs(client, staff, 'put', `/crm/settings/stages/${fresh.id}`, {
      json: { name: 'Hacked', winProbability: 1 },
      asJsonCaller: true,
      follow: true,
    })
    response.assertStatus(403)
    const after = await PipelineStage.findOrFail(fresh.id)
    assert.equal(after.name, fresh.name)
    assert.equal(after.winProbability, fresh.winProbability)
  })

  test('the settings page shows admins every pipeline with its ordered stages and the lost reasons', async ({
    client,
    assert,
  }) => {
    const admin = await UserFactory.apply('admin').create()
    const page = await client.get('/crm/settings').loginAs(admin).withInertia()
    page.assertInertiaComponent('deals/settings')
    const pipelines = page.inertiaProps.pipelines as {
      slug: string
      stages: { id: number; key: string | null }[]
    }[]
    assert.includeMembers(
      pipelines.map((pipeline) => pipeline.slug),
      ['investments', 'returnee-support']
    )
    const investments = pipelines.find((pipeline) => pipeline.slug === 'investments')!
    const stored = await investmentStages()
    assert.deepEqual(
      investments.stages.map((stage) => stage.id),
      stored.map((stage) => stage.id)
    )
    assert.deepEqual(
      investments.stages.slice(0, 2).map((stage) => stage.key),
      ['new', 'qualified']
    )
    const reasons = page.inertiaProps.lostReasons as { id: number; active: boolean }[]
    const active = await LostReason.query().where('active', true)
    assert.includeMembers(
      reasons.filter((reason) => reason.active).map((reason) => reason.id),
      active.map((reason) => reason.id)
    )
  })
})
