import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Opportunity from '#models/opportunity'
import OpportunityTransition from '#models/opportunity_transition'
import SentEmail from '#models/sent_email'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity, validOpportunityForm } from '#database/factories/opportunity_factory'
import { countRows } from '#tests/helpers/database'
import { drainOutbox, queuedMails } from '#tests/helpers/outbox'
import { submitAs } from '#tests/helpers/requests'

test.group('Opportunity life cycle', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a partner creates a draft with sectors, incentives and site data', async ({
    client,
    assert,
  }) => {
    const { user, organisation } = await createPartner()
    const response = await submitAs(client, user, 'post', '/partner/opportunities', {
      json: await validOpportunityForm(),
    })
    response.assertStatus(302)

    const opportunity = await Opportunity.query()
      .where('organisationId', organisation.id)
      .preload('sectors')
      .preload('incentives')
      .firstOrFail()
    assert.equal(opportunity.status, 'draft')
    assert.equal(opportunity.slug, 'it-campus-at-the-science-technology-park')
    assert.deepEqual(
      opportunity.sectors.map((sector) => sector.slug),
      ['ict']
    )
    assert.deepEqual(
      opportunity.incentives.map((incentive) => [incentive.kind, incentive.percentageValue]),
      [
        ['grant_per_job', null],
        ['tax_relief', 50],
      ]
    )
    assert.deepEqual(opportunity.site?.utilities, ['power', 'water', 'fibre'])
    response.assertHeader('location', `/partner/opportunities/${opportunity.id}/edit`)
    const history = await OpportunityTransition.query().where('opportunityId', opportunity.id)
    assert.deepEqual(
      history.map((step) => [step.fromStatus, step.toStatus, step.actorId]),
      [[null, 'draft', user.id]]
    )
  })

  test('bad input is refused beside each field and nothing is stored', async ({
    client,
    assert,
  }) => {
    const { user } = await createPartner()
    const before = await countRows('opportunities', 'opportunity_incentives', 'opportunity_sectors')
    const response = await client
      .post('/partner/opportunities')
      .header('referer', '/partner/opportunities/new')
      .json(
        await validOpportunityForm({
          titleEn: '',
          titleSr: '',
          minTicketEur: 9_000_000,
          sectorIds: [],
          contactEmail: 'not-an-email',
          incentives: [{ kind: 'free_beer' }],
        })
      )
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const errors = response.flashMessages().inputErrorsBag as Record<string, string[]>
    assert.properties(errors, [
      'titleEn',
      'titleSr',
      'minTicketEur',
      'sectorIds',
      'contactEmail',
      'incentives.0.kind',
    ])
    assert.equal(errors.minTicketEur[0], 'The minimum ticket cannot exceed the total size.')
    assert.deepEqual(
      await countRows('opportunities', 'opportunity_incentives', 'opportunity_sectors'),
      before
    )
  })

  test('one language is enough: a Serbian-only listing is accepted', async ({ client, assert }) => {
    const { user, organisation } = await createPartner()
    await submitAs(client, user, 'post', '/partner/opportunities', {
      json: await validOpportunityForm({ titleEn: '', summaryEn: '', descriptionEn: '' }),
    })
    const opportunity = await Opportunity.findByOrFail('organisationId', organisation.id)
    assert.isNull(opportunity.titleEn)
    assert.equal(opportunity.titleSr, 'IT kampus u Naučno-tehnološkom parku')
  })

  test('submit → staff approve → published; the partner is e-mailed', async ({
    client,
    assert,
  }) => {
    const { user, organisation } = await createPartner()
    const staff = await UserFactory.apply('staff').create()
    const opportunity = await createOpportunity(organisation, { status: 'draft' })

    await submitAs(client, user, 'post', `/partner/opportunities/${opportunity.id}/submit`)
    await opportunity.refresh()
    assert.equal(opportunity.status, 'in_review')

    await submitAs(client, staff, 'post', `/staff/opportunities/${opportunity.id}/approve`)
    await opportunity.refresh()
    assert.equal(opportunity.status, 'published')
    assert.isNotNull(opportunity.publishedAt)
    assert.isNotNull(opportunity.confirmedAt)

    const history = await OpportunityTransition.query()
      .where('opportunityId', opportunity.id)
      .orderBy('id')
    // Queued with the review step, sent by the mail job, once.
    const queued = await queuedMails('opportunity_reviewed')
    assert.deepEqual(
      queued.map((row) => row.payload.args),
      [{ transitionId: history[1].id, userId: user.id }]
    )
    assert.isNull(await SentEmail.findBy('toAddress', user.email))
    await drainOutbox()
    await drainOutbox()
    const mails = await SentEmail.query().where('toAddress', user.email)
    assert.lengthOf(mails, 1)
    assert.include(mails[0].subject, 'Published on Most')
    assert.deepEqual(
      history.map((step) => [step.fromStatus, step.toStatus, step.actorId]),
      [
        ['draft', 'in_review', user.id],
        ['in_review', 'published', staff.id],
      ]
    )
  })

  test('staff reject with a reason the partner reads; without one nothing changes', async ({
    client,
    assert,
  }) => {
    const { user, organisation } = await createPartner()
    const staff = await UserFactory.apply('staff').create()
    const opportunity = await createOpportunity(organisation, { status: 'in_review' })

    const missing = await submitAs(
      client,
      staff,
      'post',
      `/staff/opportunities/${opportunity.id}/reject`,
      { json: { reason: '' } }
    )
    missing.assertFlashMessage('inputErrorsBag', { reason: ['Reason is required.'] })
    await opportunity.refresh()
    assert.equal(opportunity.status, 'in_review')

    await submitAs(client, staff, 'post', `/staff/opportunities/${opportunity.id}/reject`, {
      json: { reason: 'Please add the cadastre extract.' },
    })
    await opportunity.refresh()
    assert.equal(opportunity.status, 'rejected')
    assert.equal(opportunity.rejectionReason, 'Please add the cadastre extract.')
    assert.lengthOf(await queuedMails('opportunity_reviewed'), 1)

    // The partner fixes it and sends it again.
    await submitAs(client, user, 'post', `/partner/opportunities/${opportunity.id}/submit`)
    await opportunity.refresh()
    assert.equal(opportunity.status, 'in_review')
    assert.isNull(opportunity.rejectionReason)

    // The mail job runs later: the e-mail still tells the rejection and its reason.
    await drainOutbox()
    const mail = await SentEmail.findByOrFail('toAddress', user.email)
    assert.include(mail.text ?? '', 'Please add the cadastre extract.')
  })

  test('only staff review, and only listings in review', async ({ client, assert }) => {
    const { user, organisation } = await createPartner()
    const investor = await UserFactory.create()
    const staff = await UserFactory.apply('staff').create()
    const inReview = await createOpportunity(organisation, { status: 'in_review' })
    const draft = await createOpportunity(organisation, { status: 'draft' })

    for (const actor of [user, investor]) {
      const response = await submitAs(
        client,
        actor,
        'post',
        `/staff/opportunities/${inReview.id}/approve`,
        { asJsonCaller: true, follow: true }
      )
      response.assertStatus(403)
    }
    const response = await submitAs(
      client,
      staff,
      'post',
      `/staff/opportunities/${draft.id}/approve`,
      { asJsonCaller: true, follow: true }
    )
    response.assertStatus(403)
    await inReview.refresh()
    await draft.refresh()
    assert.equal(inReview.status, 'in_review')
    assert.equal(draft.status, 'draft')
  })

  test('an organisation that is not approved yet cannot send listings for review', async ({
    client,
    assert,
  }) => {
    const { user, organisation } = await createPartner({ status: 'pending' })
    const opportunity = await createOpportunity(organisation, { status: 'draft' })
    const response = await submitAs(
      client,
      user,
      'post',
      `/partner/opportunities/${opportunity.id}/submit`,
      { asJsonCaller: true, follow: true }
    )
    response.assertStatus(403)
    await opportunity.refresh()
    assert.equal(opportunity.status, 'draft')
  })

  test('to members of another organisation a draft does not exist: no view, no edit', async ({
    client,
    assert,
  }) => {
    const { organisation } = await createPartner()
    const { user: stranger } = await createPartner()
    const opportunity = await createOpportunity(organisation, { status: 'draft' })

    const edit = await client
      .get(`/partner/opportunities/${opportunity.id}/edit`)
      .loginAs(stranger)
      .header('accept', 'application/json')
    edit.assertStatus(404)
    const update = await submitAs(
      client,
      stranger,
      'put',
      `/partner/opportunities/${opportunity.id}`,
      {
        json: await validOpportunityForm({ titleEn: 'Hijacked' }),
        asJsonCaller: true,
        follow: true,
      }
    )
    update.assertStatus(404)
    const submit = await submitAs(
      client,
      stranger,
      'post',
      `/partner/opportunities/${opportunity.id}/submit`,
      { asJsonCaller: true, follow: true }
    )
    submit.assertStatus(404)
    await opportunity.refresh()
    assert.equal(opportunity.titleEn?.startsWith('Test project'), true)
    assert.equal(opportunity.status, 'draft')

    const page = await client.get(`/opportunities/${opportunity.slug}`).loginAs(stranger)
    page.assertStatus(404)
    const guest = await client.get(`/opportunities/${opportunity.slug}`)
    guest.assertStatus(404)
  })

  test('the owner pauses, resumes and closes; a plain member may not', async ({
    client,
    assert,
  }) => {
    const { user: owner, organisation } = await createPartner()
    const member = await UserFactory.apply('partner').create()
    await organisation.related('members').create({ userId: member.id, role: 'member' })
    const opportunity = await createOpportunity(organisation, { confirmedDaysAgo: 60 })

    const refused = await submitAs(
      client,
      member,
      'post',
      `/partner/opportunities/${opportunity.id}/pause`,
      { asJsonCaller: true, follow: true }
    )
    refused.assertStatus(403)

    await submitAs(client, owner, 'post', `/partner/opportunities/${opportunity.id}/pause`)
    await opportunity.refresh()
    assert.equal(opportunity.status, 'paused')
    const hidden = await client.get(`/api/v1/opportunities/${opportunity.slug}`)
    hidden.assertStatus(404)

    await submitAs(client, owner, 'post', `/partner/opportunities/${opportunity.id}/resume`)
    await opportunity.refresh()
    assert.equal(opportunity.status, 'published')
    assert.equal(opportunity.daysSinceConfirmed, 0)

    await submitAs(client, owner, 'post', `/partner/opportunities/${opportunity.id}/close`, {
      json: { outcome: 'funded' },
    })
    await opportunity.refresh()
    assert.equal(opportunity.status, 'funded')

    // Finished listings are history: no more edits.
    const edit = await submitAs(client, owner, 'put', `/partner/opportunities/${opportunity.id}`, {
      json: await validOpportunityForm(),
      asJsonCaller: true,
      follow: true,
    })
    edit.assertStatus(403)
    const steps = await OpportunityTransition.query()
      .where('opportunityId', opportunity.id)
      .orderBy('id')
    assert.deepEqual(
      steps.map((step) => step.toStatus),
      ['paused', 'published', 'funded']
    )
  })

  test('a member re-confirms a listing and the page says so', async ({ client, assert }) => {
    const { user, organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation, { confirmedDaysAgo: 75 })
    const before = await client.get(`/opportunities/${opportunity.slug}`).withInertia()
    assert.equal(before.inertiaProps.opportunity.daysSinceConfirmed, 75)

    await submitAs(client, user, 'post', `/partner/opportunities/${opportunity.id}/reconfirm`)
    const after = await client.get(`/opportunities/${opportunity.slug}`).withInertia()
    assert.equal(after.inertiaProps.opportunity.daysSinceConfirmed, 0)
  })
})
