import { test } from '@japa/runner'
import { createHash } from 'node:crypto'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import { signedUrlFor } from '@adonisjs/core/services/url_builder'
import OpportunityAlertMail from '#mails/opportunity_alert_mail'
import { deliverMail } from '#services/mailer'
import { UserFactory } from '#database/factories/user_factory'

/** The headers of a message as the (offline) JSON transport would hand it to SMTP. */
async function sentHeaders(message: OpportunityAlertMail) {
  const response = await mail.send(message)
  const original = response.original as { message: string; messageId: string }
  const parsed = JSON.parse(original.message) as { headers: Record<string, string> }
  return { headers: parsed.headers, messageId: original.messageId }
}

const listing = { title: 'Cold storage in Pirot', url: 'http://localhost/o/cold', notes: [] }

test.group('Mail headers', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an alert carries List-Unsubscribe with its signed link and the one-click header', async ({
    assert,
  }) => {
    const investor = await UserFactory.create()
    const unsubscribe = signedUrlFor(
      'alerts.unsubscribe',
      { id: investor.id },
      { purpose: 'unsubscribe', prefixUrl: 'http://localhost:3333' }
    )
    const message = new OpportunityAlertMail(investor, 'en', listing, unsubscribe)
    const { headers } = await sentHeaders(message)
    assert.equal(headers['list-unsubscribe'] ?? headers['List-Unsubscribe'], `<${unsubscribe}>`)
    assert.equal(
      headers['list-unsubscribe-post'] ?? headers['List-Unsubscribe-Post'],
      'List-Unsubscribe=One-Click'
    )
  })

  test('the Message-ID is derived from the dedupe key, so a resent copy is the same message', async ({
    assert,
  }) => {
    const investor = await UserFactory.create()
    const key = `message-id-test-${investor.id}`
    const expected = `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@most>`

    await deliverMail(new OpportunityAlertMail(investor, 'en', listing, 'http://x/u'), { key })
    const [row] = await db.from('sent_emails').where('dedupe_key', key)
    assert.equal(row.message_id, expected)
    assert.equal(row.to_address, investor.email)

    // The same key again sends nothing; another key gets another Message-ID.
    assert.isNull(
      await deliverMail(new OpportunityAlertMail(investor, 'en', listing, 'http://x/u'), { key })
    )
    assert.lengthOf(await db.from('sent_emails').where('dedupe_key', key), 1)
    await deliverMail(new OpportunityAlertMail(investor, 'en', listing, 'http://x/u'), {
      key: `${key}-other`,
    })
    const [other] = await db.from('sent_emails').where('dedupe_key', `${key}-other`)
    assert.notEqual(other.message_id, expected)
    assert.match(other.message_id, /^<[0-9a-f]{32}@most>$/)
  })
})
