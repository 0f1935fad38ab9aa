import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import SentEmail from '#models/sent_email'
import SendEmailVerification from '#actions/auth/send_email_verification'
import { UserFactory } from '#database/factories/user_factory'

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
})
