import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import SentEmail from '#models/sent_email'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { drainOutbox, queuedMails } from '#tests/helpers/outbox'
import { submitAs } from '#tests/helpers/requests'

test.group('Organisation review', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('staff approve a pending organisation and its owner is told', async ({ client, assert }) => {
    const staff = await UserFactory.apply('staff').create()
    const { user: owner, organisation } = await createPartner({ status: 'pending' })

    const response = await submitAs(
      client,
      staff,
      'post',
      `/staff/organisations/${organisation.id}/approve`
    )
    response.assertStatus(302)
    await organisation.refresh()
    assert.equal(organisation.status, 'approved')
    assert.equal(organisation.reviewedById, staff.id)
    const queued = await queuedMails('organisation_reviewed')
    assert.deepEqual(
      queued.map((row) => row.payload.args),
      [{ organisationId: organisation.id, userId: owner.id, approved: true }]
    )
    await drainOutbox()
    await drainOutbox()
    const emails = await SentEmail.query().where('toAddress', owner.email)
    assert.lengthOf(emails, 1)
    assert.equal(emails[0].subject, 'Your organisation is approved on Most')
  })

  test('rejecting needs a reason, which the owner reads', async ({ client, assert }) => {
    const staff = await UserFactory.apply('staff').create()
    const { user: owner, organisation } = await createPartner({ status: 'pending' })

    const missing = await client
      .post(`/staff/organisations/${organisation.id}/reject`)
      .header('referer', '/staff/organisations')
      .form({ reason: '' })
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    missing.assertFlashMessage('inputErrorsBag', { reason: ['Reason is required.'] })
    await organisation.refresh()
    assert.equal(organisation.status, 'pending')

    await client
      .post(`/staff/organisations/${organisation.id}/reject`)
      .form({ reason: 'We could not verify the company registration number.' })
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    await organisation.refresh()
    assert.equal(organisation.status, 'rejected')

    const page = await client.get('/partner/organisation').loginAs(owner).withInertia()
    assert.equal(
      page.inertiaProps.organisation.rejectionReason,
      'We could not verify the company registration number.'
    )
    // Only the decision with a reason was queued, and the e-mail carries the reason.
    assert.lengthOf(await queuedMails('organisation_reviewed'), 1)
    await drainOutbox()
    const email = await SentEmail.findByOrFail('toAddress', owner.email)
    assert.include(email.text!, 'We could not verify the company registration number.')
  })

  test('an organisation already reviewed cannot be reviewed again', async ({ client, assert }) => {
    const staff = await UserFactory.apply('staff').create()
    const { organisation } = await createPartner({ status: 'approved' })
    const response = await submitAs(
      client,
      staff,
      'post',
      `/staff/organisations/${organisation.id}/reject`,
      { json: { reason: 'Changed our mind' }, asJsonCaller: true, follow: true }
    )
    response.assertStatus(403)
    await organisation.refresh()
    assert.equal(organisation.status, 'approved')
    // No review e-mail about this organisation (other files' outbox rows do not count).
    const aboutIt = (await queuedMails('organisation_reviewed')).filter(
      (row) => (row.payload.args as { organisationId?: number }).organisationId === organisation.id
    )
    assert.lengthOf(aboutIt, 0)
  })
})
