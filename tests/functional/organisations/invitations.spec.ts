import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import SentEmail from '#models/sent_email'
import OrganisationMember from '#models/organisation_member'
import { createPartner } from '#database/factories/user_factory'
import { countRows } from '#tests/helpers/database'
import { drainOutbox, queuedMails, rerunOutboxMessage } from '#tests/helpers/outbox'

async function invitationPath(email: string) {
  const sent = await SentEmail.findByOrFail('toAddress', email)
  return new URL(sent.text!.match(/https?:\/\/\S+\/invitations\/[a-f0-9]{64}/)![0]).pathname
}

test.group('Organisation members', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an owner invites a colleague who joins through the e-mailed link', async ({
    client,
    assert,
  }) => {
    const { user: owner, organisation } = await createPartner()

    const invite = await client
      .post('/partner/organisation/invitations')
      .form({ email: 'colleague@example.com' })
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    invite.assertStatus(302)

    // Queued with the invitation, its token sealed; the mail job sends it once.
    const [queued] = await queuedMails('member_invitation')
    assert.isString(queued.payload.sealedSecret)
    assert.isNull(await SentEmail.findBy('toAddress', 'colleague@example.com'))
    await drainOutbox()
    const path = await invitationPath('colleague@example.com')
    const token = path.split('/').pop()!
    assert.notInclude(JSON.stringify(queued.payload), token)
    const [handled] = await queuedMails('member_invitation')
    assert.notProperty(handled.payload, 'sealedSecret')
    await rerunOutboxMessage(handled)
    assert.lengthOf(await SentEmail.query().where('toAddress', 'colleague@example.com'), 1)

    const page = await client.get(path).withInertia()
    assert.equal(page.inertiaProps.invitation.organisationName, organisation.name)

    const password = 'colleague-password'
    const accept = await client
      .post(path)
      .form({ fullName: 'Jovana Kolega', password, passwordConfirmation: password })
      .withCsrfToken()
      .redirects(0)
    accept.assertStatus(302)
    accept.assertHeader('location', '/partner/organisation')

    const colleague = await User.findByOrFail('email', 'colleague@example.com')
    assert.equal(colleague.role, 'partner')
    const membership = await OrganisationMember.findByOrFail({ userId: colleague.id })
    assert.equal(membership.organisationId, organisation.id)
    assert.equal(membership.role, 'member')

    // The link works once.
    const before = await countRows('users', 'organisation_members')
    const again = await client.get(path).withInertia()
    assert.isNull(again.inertiaProps.invitation)
    await client
      .post(path)
      .form({ fullName: 'Second Try', password, passwordConfirmation: password })
      .withCsrfToken()
      .redirects(0)
    assert.deepEqual(await countRows('users', 'organisation_members'), before)
  })

  test('members who are not owners cannot invite', async ({ client, assert }) => {
    const { user: member } = await createPartner({ role: 'member' })
    const before = await countRows('organisation_invitations', 'sent_emails', 'outbox_messages')
    const response = await client
      .post('/partner/organisation/invitations')
      .header('referer', '/partner/organisation')
      .form({ email: 'x@example.com' })
      .loginAs(member)
      .withCsrfToken()
      .redirects(0)
    // A refused form goes back to the page with the reason flashed.
    response.assertStatus(302)
    response.assertHeader('location', '/partner/organisation')
    response.assertFlashMessage('error', 'Access denied')
    assert.deepEqual(
      await countRows('organisation_invitations', 'sent_emails', 'outbox_messages'),
      before
    )
  })

  test('a partner sees only their own organisation', async ({ client, assert }) => {
    const { user: first, organisation: own } = await createPartner()
    await createPartner()
    const page = await client.get('/partner/organisation').loginAs(first).withInertia()
    assert.equal(page.inertiaProps.organisation.id, own.id)
    assert.lengthOf(page.inertiaProps.members, 1)
  })
})
