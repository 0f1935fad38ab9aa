import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import SentEmail from '#models/sent_email'
import SendEmailVerification from '#actions/accounts/send_email_verification'
import { UserFactory } from '#database/factories/user_factory'
import { drainOutbox, queuedMails } from '#tests/helpers/outbox'

async function verificationPath(email: string) {
  const sent = await SentEmail.query().where('toAddress', email).orderBy('id', 'desc').firstOrFail()
  const url = new URL(sent.text!.match(/https?:\/\/\S+\/verify-email\/\S+/)![0])
  return `${url.pathname}${url.search}`
}

test.group('E-mail verification', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the signed link confirms the address', async ({ client, assert }) => {
    const user = await UserFactory.apply('unverified').create()
    await new SendEmailVerification().handle({ user })
    // Queued with the user's id only: the worker signs the link.
    const [queued] = await queuedMails('verify_email')
    assert.deepEqual(queued.payload, {
      mail: 'verify_email',
      args: { userId: user.id },
      key: queued.payload.key,
      dealId: null,
    })
    assert.isNull(await SentEmail.findBy('toAddress', user.email))
    await drainOutbox()
    await drainOutbox()
    assert.lengthOf(await SentEmail.query().where('toAddress', user.email), 1)

    const response = await client.get(await verificationPath(user.email)).redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/dashboard')
    await user.refresh()
    assert.isNotNull(user.emailVerifiedAt)
  })

  test('a tampered link is refused', async ({ client, assert }) => {
    const victim = await UserFactory.apply('unverified').create()
    const attacker = await UserFactory.apply('unverified').create()
    await new SendEmailVerification().handle({ user: attacker })
    await drainOutbox()

    const forged = (await verificationPath(attacker.email)).replace(
      `/verify-email/${attacker.id}`,
      `/verify-email/${victim.id}`
    )
    const response = await client.get(forged).redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/')
    await victim.refresh()
    assert.isNull(victim.emailVerifiedAt)
  })

  test('resending queues a new e-mail; none goes out once the address is confirmed', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.apply('unverified').create()
    const resend = await client.post('/verify-email').loginAs(user).withCsrfToken().redirects(0)
    resend.assertStatus(302)
    assert.lengthOf(await queuedMails('verify_email'), 1)
    user.emailVerifiedAt = DateTime.now()
    await user.save()
    await drainOutbox()
    assert.lengthOf(await SentEmail.query().where('toAddress', user.email), 0)
  })
})
