import { createHash } from 'node:crypto'
import mail from '@adonisjs/mail/services/main'
import type { BaseMail } from '@adonisjs/mail'
import db from '@adonisjs/lucid/services/db'
import SentEmail from '#models/sent_email'
import DealActivity from '#models/deal_activity'

type Recipient = string | { address: string; name?: string }

/**
 * Sends an e-mail and records a copy in sent_emails, whatever the transport,
 * so the offline demo, staff and tests can read exactly what went out.
 *
 * With a `key` (jobs always pass one) the e-mail goes out at most once per key: the
 * key is claimed in the same transaction that records the message, so a retried or
 * duplicated job, or a second worker, finds it taken and sends nothing. A deal id
 * puts the e-mail on that deal's timeline.
 */
export async function deliverMail(
  message: BaseMail,
  options: { key?: string; dealId?: number | null } = {}
) {
  if (!options.key) {
    const response = await mail.send(message)
    await SentEmail.createMany(recordsFor(message, response?.messageId ?? null, {}))
    return response
  }
  const key = options.key
  return db.transaction(async (trx) => {
    const claimed = await trx
      .insertQuery()
      .table('sent_emails')
      .insert({
        to_address: '(sending)',
        subject: '(sending)',
        mailer: String(mail.config.default),
        dedupe_key: key,
        deal_id: options.dealId ?? null,
        created_at: new Date(),
      })
      .onConflict('dedupe_key')
      .ignore()
      .returning('id')
    if (!claimed.length) return null

    // The window that no claim can close: the server accepted the message and the
    // process died before this transaction committed, so a retry sends it again. A
    // Message-ID derived from the key makes that copy a duplicate receiving servers
    // and mail clients recognise.
    message.message.messageId(
      `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@most>`
    )
    const response = await mail.send(message)
    const [record] = recordsFor(message, response?.messageId ?? null, options)
    await trx.from('sent_emails').where('id', claimed[0].id).update({
      to_address: record.toAddress,
      subject: record.subject,
      html: record.html,
      text: record.text,
      message_id: record.messageId,
    })
    if (options.dealId) {
      await DealActivity.record(trx, {
        dealId: options.dealId,
        kind: 'email',
        body: `${record.subject} → ${record.toAddress}`,
        meta: { sentEmailId: claimed[0].id },
        dedupeKey: `email:${key}`,
      })
    }
    return response
  })
}

function recordsFor(
  message: BaseMail,
  messageId: string | null,
  options: { dealId?: number | null }
) {
  const sent = message.message.toJSON().message
  const recipients = (sent.to ?? []) as Recipient[]
  return recipients.map((recipient) => ({
    toAddress: typeof recipient === 'string' ? recipient : recipient.address,
    subject: String(sent.subject ?? ''),
    html: typeof sent.html === 'string' ? sent.html : null,
    text: typeof sent.text === 'string' ? sent.text : null,
    mailer: mail.config.default as string,
    messageId,
    dealId: options.dealId ?? null,
  }))
}
