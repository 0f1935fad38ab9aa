import { test } from '@japa/runner'
import { spawn } from 'node:child_process'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import nodemailer from 'nodemailer'
import { freePort } from '#tests/helpers/ace_process'
import { waitFor } from '#tests/helpers/worker_process'
import { refusal } from '#tests/helpers/inbound_mail'

/**
 * `node ace mail:listen` as its own process, as `npm start` and systemd run it: it answers
 * SMTP, stores what it accepts (committed: this test cleans up), refuses relaying, and
 * exits 0 on SIGTERM.
 */
test.group('Inbound mail listener process', () => {
  test('mail:listen takes mail for the inbound domain and stops cleanly on SIGTERM', async ({
    assert,
    cleanup,
  }) => {
    const port = await freePort()
    const child = spawn(process.execPath, ['ace', 'mail:listen', '--port', String(port)], {
      cwd: app.makePath(),
      env: { ...process.env, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    const recipient = `process-test-${Date.now()}@reply.most.test`
    cleanup(async () => {
      if (child.exitCode === null) child.kill('SIGKILL')
      await db.from('inbound_mails').where('recipient', recipient).delete()
    })
    await waitFor(
      () => output.includes('Inbound mail for @reply.most.test'),
      'listening',
      30_000,
      () => output
    )

    const transport = nodemailer.createTransport({ host: '127.0.0.1', port, ignoreTLS: true })
    const accepted = await transport.sendMail({
      from: 'someone@example.org',
      to: recipient,
      subject: 'Hello',
      text: 'Is this Most?',
    })
    assert.match(accepted.response, /^250 /)
    const relay = await refusal(
      transport.sendMail({ from: 'a@example.org', to: 'b@example.org', text: 'relay me' })
    )
    assert.equal(relay?.responseCode, 550)
    transport.close()

    const row = await db.from('inbound_mails').where('recipient', recipient).firstOrFail()
    assert.equal(row.status, 'unmatched')
    assert.equal(row.unmatched_reason, 'unknown_address')
    assert.equal(row.body, 'Is this Most?')

    child.kill('SIGTERM')
    assert.equal(await exited, 0, output)
  }).timeout(60_000)
})
