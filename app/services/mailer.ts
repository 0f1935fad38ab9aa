import { createHash } from 'node:crypto'
import mail from '@adonisjs/mail/services/main'
import type { BaseMail } from '@adonisjs/mail'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import SentEmail from '#models/sent_email'
import DealActivity from '#models/deal_activity'
import { dealReplyAddress } from '#services/reply_address'

type Recipient = string | { address: string; name?: string }

/**
 * Sends an e-mail and records a copy in sent_emails, whatever the transport,
 * so the offline demo, staff and tests can read exactly what went out.
 *
 * With a `key` (jobs always pass one) the e-mail goes out at most once per key: the
 * key is claimed in the same transaction that records the message, so a retried or
 * duplicated job, or a second worker, finds it taken and sends nothing. A deal id
 * puts the e-mail on that deal's timeline and threads it (see threadAboutDeal).
 */
export async function deliverMail(
  message: BaseMail,
  options: { key?: string; dealId?: number | null } = {}
) {
  if (!options.key) {
    if (options.dealId) await threadAboutDeal(message, options.dealId, db.connection())
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
    if (options.dealId) await threadAboutDeal(message, options.dealId, trx)
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

/** How many earlier messages a References header names (the newest; RFC 5322 allows trimming). */
const MAX_REFERENCES = 20

/**
 * An e-mail about a deal: replies go to the deal's signed reply address (and so onto its
 * timeline), and it continues the deal's conversation with that recipient in their mail
 * program: In-Reply-To names the last message of it (sent by Most or received from them),
 * References the thread so far.
 */
export async function threadAboutDeal(
  message: BaseMail,
  dealId: number,
  client: QueryClientContract
) {
  await message.build()
  const built = message.message.toJSON().message
  if (!built.replyTo) {
    const from = mail.config.from
    message.message.replyTo(
      dealReplyAddress(dealId),
      typeof from === 'object' ? from.name : undefined
    )
  }
  const [recipient] = (built.to ?? []) as Recipient[]
  if (!recipient) return
  const address = (typeof recipient === 'string' ? recipient : recipient.address).toLowerCase()
  // One after the other: inside a transaction both share one connection.
  const sent = await client
    .from('sent_emails')
    .where('deal_id', dealId)
    .whereRaw('lower(to_address) = ?', [address])
    .whereNotNull('message_id')
    .orderBy('id', 'desc')
    .limit(MAX_REFERENCES)
    .select('message_id', 'created_at as at')
  const received = await client
    .from('inbound_mails')
    .where('deal_id', dealId)
    .where('from_address', address)
    .whereNotNull('message_id')
    .orderBy('received_at', 'desc')
    .limit(MAX_REFERENCES)
    .select('message_id', 'received_at as at')
  const thread = [...sent, ...received]
    .sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime())
    .map((row) => String(row.message_id))
    .filter((id, index, all) => all.indexOf(id) === index)
    .slice(-MAX_REFERENCES)
  if (!thread.length) return
  message.message.inReplyTo(thread[thread.length - 1])
  message.message.references(thread)
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
