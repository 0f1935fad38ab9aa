import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import hash from '@adonisjs/core/services/hash'
import User from '#models/user'
import SentEmail from '#models/sent_email'
import { UserFactory } from '#database/factories/user_factory'
import { drainOutbox, queuedMails, rerunOutboxMessage } from '#tests/helpers/outbox'
import app from '@adonisjs/core/services/app'
import { QueueManager } from '#services/queue_manager'
import { outboxJobId, relayOutbox } from '#services/outbox'

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

    // The request only queues the e-mail; the worker's mail job sends it.
    const [queued] = await queuedMails('password_reset')
    assert.exists(queued)
    assert.isNull(await SentEmail.findBy('toAddress', 'forgetful@example.com'))
    await drainOutbox()
    const token = tokenFrom(await SentEmail.findByOrFail('toAddress', 'forgetful@example.com'))

    // The token never sat in the outbox in plain text, and is gone once the e-mail is out.
    assert.notInclude(JSON.stringify(queued.payload), token)
    const [sent] = await queuedMails('password_reset')
    assert.notProperty(sent.payload, 'sealedSecret')
    // A retried job sends nothing twice.
    await rerunOutboxMessage(sent)
    assert.lengthOf(await SentEmail.query().where('toAddress', 'forgetful@example.com'), 1)

    const page = await client.get(`/reset-password/${token}`).withInertia()
    page.assertInertiaComponent('accounts/reset_password')

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
    const queuedBefore = (await queuedMails()).length
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
    assert.lengthOf(await queuedMails(), queuedBefore)
    await drainOutbox()
    assert.isNull(await SentEmail.findBy('toAddress', 'ghost@example.com'))
  })

  test('a second request replaces the first link; only the newest is e-mailed', async ({
    client,
    assert,
  }) => {
    await UserFactory.merge({ email: 'twice@example.com' }).create()
    for (let i = 0; i < 2; i++) {
      await client
        .post('/forgot-password')
        .form({ email: 'twice@example.com' })
        .withCsrfToken()
        .redirects(0)
    }
    assert.lengthOf(await queuedMails('password_reset'), 2)
    await drainOutbox()
    const sent = await SentEmail.query().where('toAddress', 'twice@example.com')
    assert.lengthOf(sent, 1)
    const reset = await client
      .post('/reset-password')
      .form({
        token: tokenFrom(sent[0]),
        password: 'newest-link-works-1',
        passwordConfirmation: 'newest-link-works-1',
      })
      .withCsrfToken()
      .redirects(0)
    reset.assertHeader('location', '/dashboard')
    // Neither message keeps a token once handled.
    for (const row of await queuedMails('password_reset')) {
      assert.notProperty(row.payload, 'sealedSecret')
    }
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

  test('in Redis the job holds the token only sealed and keeps no finished copy', async ({
    client,
    assert,
  }) => {
    await UserFactory.merge({ email: 'queued@example.com' }).create()
    await client
      .post('/forgot-password')
      .form({ email: 'queued@example.com' })
      .withCsrfToken()
      .redirects(0)
    const [queued] = await queuedMails('password_reset')
    assert.equal(await relayOutbox(), 1)
    const job = await (
      await app.container.make(QueueManager)
    )
      .queue()
      .getJob(outboxJobId(queued.id))
    try {
      assert.exists(job)
      assert.isTrue(job!.opts.removeOnComplete)
      assert.equal(job!.data.sealedSecret, queued.payload.sealedSecret)
      // The worker runs it: the e-mail holds a working link the queue never saw in plain text.
      await rerunOutboxMessage(queued)
      const email = await SentEmail.findByOrFail('toAddress', 'queued@example.com')
      assert.notInclude(JSON.stringify(job!.data), tokenFrom(email))
    } finally {
      await job?.remove()
    }
  })
})
