import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import AuditEntry from '#models/audit_entry'
import Country from '#models/country'
import Opportunity from '#models/opportunity'
import PipelineStage from '#models/pipeline_stage'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity, validOpportunityForm } from '#database/factories/opportunity_factory'
import { submitAs } from '#tests/helpers/requests'
import { listingAndInvestor, interestAndDeal } from '#tests/helpers/marketplace'

async function entries(action: string, subjectId?: number) {
  const query = AuditEntry.query().where('action', action).orderBy('id')
  if (subjectId) query.where('subjectId', subjectId)
  return query
}

test.group('Audit log', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a deal move writes exactly one entry with the stage before and after', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const { investor, opportunity } = await listingAndInvestor()
    const { deal } = await interestAndDeal(client, investor, opportunity, {
      amountMinEur: 100_000,
      amountMaxEur: 200_000,
      message: 'Interested.',
      contactChannel: 'email',
      contactLanguage: 'sr',
    })
    const [fresh, qualified] = await PipelineStage.query()
      .where('pipelineId', deal.pipelineId)
      .whereIn('key', ['new', 'qualified'])
      .orderBy('position')

    await submitAs(client, staff, 'post', `/crm/deals/${deal.id}/move`, {
      json: { stageId: qualified.id, lockVersion: deal.lockVersion },
    })

    const moves = await entries('deal.moved', deal.id)
    assert.lengthOf(moves, 1)
    const [move] = moves
    assert.equal(move.actorId, staff.id)
    assert.equal(move.actorRole, 'staff')
    assert.equal(move.subjectType, 'deal')
    // Only what changed: the stage; the lost reason stayed empty and is not listed.
    assert.deepEqual(move.before, { stageId: fresh.id, stage: 'New' })
    assert.deepEqual(move.after, { stageId: qualified.id, stage: 'Qualified' })
  })

  test("a partner's edit writes one entry holding only the changed fields", async ({
    client,
    assert,
  }) => {
    const { user, organisation } = await createPartner()
    await submitAs(client, user, 'post', '/partner/opportunities', {
      json: await validOpportunityForm(),
    })
    const opportunity = await Opportunity.findByOrFail('organisationId', organisation.id)
    assert.lengthOf(await entries('opportunity.created', opportunity.id), 1)

    const response = await submitAs(
      client,
      user,
      'put',
      `/partner/opportunities/${opportunity.id}`,
      { json: await validOpportunityForm({ titleEn: 'IT campus, phase two', jobsExpected: 350 }) }
    )
    response.assertStatus(302)

    const edits = await entries('opportunity.updated', opportunity.id)
    assert.lengthOf(edits, 1)
    assert.equal(edits[0].actorId, user.id)
    assert.equal(edits[0].actorRole, 'partner')
    assert.deepEqual(edits[0].before, {
      titleEn: 'IT campus at the Science Technology Park',
      jobsExpected: 300,
    })
    assert.deepEqual(edits[0].after, { titleEn: 'IT campus, phase two', jobsExpected: 350 })

    // Saving the same form again changes nothing, so nothing is recorded.
    await submitAs(client, user, 'put', `/partner/opportunities/${opportunity.id}`, {
      json: await validOpportunityForm({ titleEn: 'IT campus, phase two', jobsExpected: 350 }),
    })
    assert.lengthOf(await entries('opportunity.updated', opportunity.id), 1)
  })

  test('staff approval writes one entry: in review → published, with who approved', async ({
    client,
    assert,
  }) => {
    const { organisation } = await createPartner()
    const staff = await UserFactory.apply('staff').create()
    const opportunity = await createOpportunity(organisation, { status: 'in_review' })

    await submitAs(client, staff, 'post', `/staff/opportunities/${opportunity.id}/approve`)

    const all = await AuditEntry.query().where({
      subjectType: 'opportunity',
      subjectId: opportunity.id,
    })
    assert.lengthOf(all, 1)
    const [approval] = all
    assert.equal(approval.action, 'opportunity.approved')
    assert.equal(approval.actorId, staff.id)
    assert.equal(approval.actorRole, 'staff')
    assert.equal(approval.before?.status, 'in_review')
    assert.equal(approval.after?.status, 'published')
    assert.isNull(approval.before?.publishedAt)
    assert.isString(approval.after?.publishedAt)
    assert.notProperty(approval.after, 'titleEn')
  })

  test('approving a partner organisation writes one entry with its status change', async ({
    client,
    assert,
  }) => {
    const { organisation } = await createPartner({ status: 'pending' })
    const staff = await UserFactory.apply('staff').create()
    await submitAs(client, staff, 'post', `/staff/organisations/${organisation.id}/approve`)

    const all = await AuditEntry.query().where({
      subjectType: 'organisation',
      subjectId: organisation.id,
    })
    assert.lengthOf(all, 1)
    assert.equal(all[0].action, 'organisation.approved')
    assert.equal(all[0].actorId, staff.id)
    assert.deepInclude(all[0].before!, { status: 'pending', reviewedById: null })
    assert.deepInclude(all[0].after!, { status: 'approved', reviewedById: staff.id })
  })

  test('events and directory entries made by staff are audited, edits with the changed fields', async ({
    assert,
  }) => {
    const { default: CreateEvent } = await import('#actions/community/events/create_event')
    const { default: SaveDirectoryEntry } =
      await import('#actions/community/directory/save_directory_entry')
    const staff = await UserFactory.apply('staff').create()
    const serbia = await Country.findByOrFail('code', 'RS')
    const event = await new CreateEvent().handle({
      actor: staff,
      data: { name: 'Diaspora Days', city: 'Vienna', countryId: serbia.id, startsOn: new Date() },
    })
    const created = await entries('event.created', event.id)
    assert.lengthOf(created, 1)
    assert.equal(created[0].after?.name, 'Diaspora Days')

    const data = { name: 'Chamber of Niš', kind: 'chamber' as const, countryId: serbia.id }
    const entry = await new SaveDirectoryEntry().handle({ actor: staff, data })
    await new SaveDirectoryEntry().handle({
      organisation: entry,
      actor: staff,
      data: { ...data, name: 'Regional Chamber of Niš' },
    })
    const edits = await entries('directory_entry.updated', entry.id)
    assert.lengthOf(edits, 1)
    assert.deepEqual(edits[0].before, { name: 'Chamber of Niš' })
    assert.deepEqual(edits[0].after, { name: 'Regional Chamber of Niš' })
  })

  test('admins filter by actor, action, record and dates, newest first', async ({
    client,
    assert,
  }) => {
    const admin = await UserFactory.apply('admin').create()
    const staff = await UserFactory.apply('staff').create()
    const { organisation } = await createPartner()
    const first = await createOpportunity(organisation, { status: 'in_review' })
    const second = await createOpportunity(organisation, { status: 'in_review' })
    await submitAs(client, staff, 'post', `/staff/opportunities/${first.id}/approve`)
    await submitAs(client, admin, 'post', `/staff/opportunities/${second.id}/reject`, {
      json: { reason: 'The land title is unclear.' },
    })
    // An old entry, to prove the date range.
    await db.table('audit_entries').insert({
      actor_id: admin.id,
      actor_role: 'admin',
      action: 'stage.updated',
      subject_type: 'pipeline_stage',
      subject_id: 1,
      before: JSON.stringify({ name: 'New' }),
      after: JSON.stringify({ name: 'Fresh' }),
      created_at: new Date('2026-01-15T10:00:00Z'),
    })

    const ids = async (query: string) => {
      const page = await client.get(`/admin/audit?${query}`).loginAs(admin).withInertia()
      page.assertStatus(200)
      return page.inertiaProps.entries.map(
        (entry: { action: string; subjectId: number }) => `${entry.action}#${entry.subjectId}`
      )
    }

    const everything = await ids('')
    assert.includeMembers(everything, [
      `opportunity.approved#${first.id}`,
      `opportunity.rejected#${second.id}`,
      'stage.updated#1',
    ])
    // Newest first: the old stage change comes last.
    assert.equal(everything.at(-1), 'stage.updated#1')
    assert.deepEqual(await ids(`actor=${staff.id}`), [`opportunity.approved#${first.id}`])
    assert.deepEqual(await ids('action=opportunity.rejected'), [
      `opportunity.rejected#${second.id}`,
    ])
    assert.deepEqual(await ids('subject_type=pipeline_stage'), ['stage.updated#1'])
    assert.deepEqual(await ids('from=2026-01-01&to=2026-01-31'), ['stage.updated#1'])
    assert.notInclude(await ids('from=2026-02-01'), 'stage.updated#1')

    const page = await client.get('/admin/audit').loginAs(admin).withInertia()
    assert.includeMembers(
      page.inertiaProps.actors.map((actor: { id: number }) => actor.id),
      [admin.id, staff.id]
    )
    const rejection = page.inertiaProps.entries.find(
      (entry: { action: string }) => entry.action === 'opportunity.rejected'
    )
    assert.equal(rejection.actorName, admin.fullName)
    assert.deepEqual(
      [rejection.before.status, rejection.after.status, rejection.after.reason],
      ['in_review', 'rejected', 'The land title is unclear.']
    )
  })

  test('a bad filter is refused; staff, partners and investors are refused the log', async ({
    client,
  }) => {
    const admin = await UserFactory.apply('admin').create()
    const bad = await client
      .get('/admin/audit?action=nonsense&from=yesterday')
      .header('accept', 'application/json')
      .loginAs(admin)
    bad.assertStatus(422)

    for (const role of ['staff', 'partner', 'investor'] as const) {
      const user = await UserFactory.merge({ role }).create()
      const response = await client
        .get('/admin/audit')
        .header('accept', 'application/json')
        .loginAs(user)
      response.assertStatus(403)
    }
    const guest = await client.get('/admin/audit').redirects(0)
    guest.assertStatus(302)
    guest.assertHeader('location', '/login')
  })
})
