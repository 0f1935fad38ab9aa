import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import hash from '@adonisjs/core/services/hash'
import User from '#models/user'
import SentEmail from '#models/sent_email'
import { UserFactory } from '#database/factories/user_factory'

function tokenFrom(email: SentEmail) {
  const match = email.text!.match(/\/reset-password\/([a-f0-9]{64})/)
  if (!match) throw new Error('No reset link in the e-mail')
  return match[1]
}

test.group('Password reset', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a reset link is e-mailed, sets a new password once, then stops working', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.merge({ email: 'forgetful@example.com' }).create()

    const request = await client
      .post('/forgot-password')
      .form({ email: 'Forgetful@Example.com' })
      .withCsrfToken()
      .redirects(0)
    request.assertStatus(302)
    const token = tokenFrom(await SentEmail.findByOrFail('toAddress', 'forgetful@example.com'))

    const page = await client.get(`/reset-password/${token}`).withInertia()
    page.assertInertiaComponent('auth/reset_password')

    const newPassword = 'brand-new-password-1'
    const reset = await client
      .post('/reset-password')
      .form({ token, password: newPassword, passwordConfirmation: newPassword })
      .withCsrfToken()
      .redirects(0)
    reset.assertStatus(302)
    reset.assertHeader('location', '/dashboard')
    await user.refresh()
    assert.isTrue(await hash.verify(user.password, newPassword))

    const again = await client
      .post('/reset-password')
      .header('referer', `/reset-password/${token}`)
      .form({ token, password: 'another-password-2', passwordConfirmation: 'another-password-2' })
      .withCsrfToken()
      .redirects(0)
    again.assertFlashMessage('inputErrorsBag', {
      password: ['This reset link is no longer valid. Please ask for a new one.'],
    })
    await user.refresh()
    assert.isTrue(await hash.verify(user.password, newPassword))
  })

  test('an unknown address gets the same answer and no e-mail', async ({ client, assert }) => {
    const response = await client
      .post('/forgot-password')
      .form({ email: 'ghost@example.com' })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertFlashMessage(
      'success',
      'If an account exists for that address, a reset link is on its way.'
    )
    assert.isNull(await SentEmail.findBy('toAddress', 'ghost@example.com'))
  })

  test('a made-up token is refused and changes nothing', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const before = user.password
    const response = await client
      .post('/reset-password')
      .form({
        token: 'a'.repeat(64),
        password: 'whatever-password',
        passwordConfirmation: 'whatever-password',
      })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    assert.equal((await User.findOrFail(user.id)).password, before)
  })
})
