import { createHash } from 'node:crypto'
import mail from '@adonisjs/mail/services/main'
import type { BaseMail } from '@adonisjs/mail'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import SentEmail from '#models/sent_email'
import DealActivity from '#models/deal_activity'
import { dealReplyAddress } from '#services/reply_address'

type Recipient = string | { address: string; name?: string }
type SendResponse = Awaited<ReturnType<typeof mail.send>>

/** An e-mail that goes out at most once per key (jobs always pass one). */
export interface KeyedMail {
  message: BaseMail
  key: string
  dealId?: number | null
}

/**
 * What became of one e-mail of a batch: sent (with the transport's response), `taken`
 * (its key was already claimed: sent before, or by another worker), `failed` (its send
 * threw: nothing of it is recorded, so a retry sends it) or `deferred` (its key came
 * twice in the batch: the later copy must be tried again once the first one settled).
 */
export type DeliveryOutcome =
  | { status: 'sent'; response: SendResponse }
  | { status: 'taken' }
  | { status: 'failed'; error: unknown }
  | { status: 'deferred' }

/**
 * Sends an e-mail and records a copy in sent_emails, whatever the transport,
 * so the offline demo, staff and tests can read exactly what went out.
 *
 * With a `key` (jobs always pass one) the e-mail goes out at most once per key: see
 * deliverMails, of which this is a batch of one. Returns null when the key was taken.
 * A deal id puts the e-mail on that deal's timeline and threads it (see threadMails).
 */
export async function deliverMail(
  message: BaseMail,
  options: { key?: string; dealId?: number | null } = {}
) {
  if (!options.key) {
    if (options.dealId) await threadMails([{ message, dealId: options.dealId }], db.connection())
    const response = await mail.send(message)
    await SentEmail.createMany(recordsFor(message, response?.messageId ?? null, {}))
    return response
  }
  const [outcome] = await deliverMails([{ message, key: options.key, dealId: options.dealId }])
  if (outcome.status === 'failed') throw outcome.error
  return outcome.status === 'sent' ? outcome.response : null
}

/**
 * Sends of one batch under way at once: over SMTP each waits on the network, not on the
 * others, but the server should not see a hundred connections from one worker.
 */
const SENDS_AT_ONCE = 10

/** Thrown inside the transaction when no e-mail of the batch went out: nothing to keep. */
class NothingSent extends Error {}

/**
 * The only writer of claimed sent_emails rows. Sends a batch of keyed e-mails in one
 * transaction: the keys are claimed with one INSERT … ON CONFLICT DO NOTHING, so a
 * retried or duplicated job, or a second worker, finds its key taken and sends nothing;
 * the claimed e-mails are sent, then recorded (one UPDATE) and put on their deals'
 * timelines (one INSERT) before the commit. An e-mail whose send fails gives its claim
 * back within the transaction and alone reports `failed`; the others stay recorded.
 *
 * The window that no claim can close: the server accepted a message and the process died
 * (or the database failed) before the commit, so a retry sends it again. A Message-ID
 * derived from the key makes that copy a duplicate receiving servers and mail clients
 * recognise.
 */
export async function deliverMails(mails: KeyedMail[]): Promise<DeliveryOutcome[]> {
  const outcomes: DeliveryOutcome[] = Array.from({ length: mails.length })
  const firsts = new Map<string, number>()
  mails.forEach((entry, index) => {
    if (firsts.has(entry.key)) outcomes[index] = { status: 'deferred' }
    else firsts.set(entry.key, index)
  })
  // A message that cannot even be built fails alone, before anything is claimed.
  const built = await Promise.allSettled(
    [...firsts.values()].map((index) => mails[index].message.build())
  )
  const unique = [...firsts.values()].filter((index, position) => {
    const result = built[position]
    if (result.status === 'rejected') outcomes[index] = { status: 'failed', error: result.reason }
    return result.status === 'fulfilled'
  })
  if (!unique.length) return outcomes

  let sending = false
  try {
    await db.transaction(async (trx) => {
      // Rows in key order: two batches sharing keys then wait on each other's claims
      // in the same order, instead of deadlocking.
      const now = new Date()
      const claims = [...unique]
        .sort((a, b) => (mails[a].key < mails[b].key ? -1 : 1))
        .map((index) => ({
          to_address: '(sending)',
          subject: '(sending)',
          mailer: String(mail.config.default),
          dedupe_key: mails[index].key,
          deal_id: mails[index].dealId ?? null,
          created_at: now,
        }))
      const claimed: { id: number; dedupe_key: string }[] = await trx
        .insertQuery()
        .table('sent_emails')
        .multiInsert(claims)
        .onConflict('dedupe_key')
        .ignore()
        .returning(['id', 'dedupe_key'])
      const claimIds = new Map(claimed.map((row) => [row.dedupe_key, row.id]))

      const mine = unique.filter((index) => claimIds.has(mails[index].key))
      for (const index of unique) {
        if (!claimIds.has(mails[index].key)) outcomes[index] = { status: 'taken' }
      }
      if (!mine.length) return

      for (const index of mine) {
        mails[index].message.message.messageId(messageIdFor(mails[index].key))
      }
      await threadMails(
        mine
          .filter((index) => mails[index].dealId)
          .map((index) => ({ message: mails[index].message, dealId: mails[index].dealId! })),
        trx
      )

      sending = true
      const sends = await settleAll(mine, SENDS_AT_ONCE, (index) => mail.send(mails[index].message))
      const sent: { index: number; id: number; record: ReturnType<typeof recordsFor>[number] }[] =
        []
      const givenBack: number[] = []
      sends.forEach((result, position) => {
        const index = mine[position]
        const id = claimIds.get(mails[index].key)!
        if (result.status === 'rejected') {
          outcomes[index] = { status: 'failed', error: result.reason }
          givenBack.push(id)
          return
        }
        outcomes[index] = { status: 'sent', response: result.value }
        const [record] = recordsFor(mails[index].message, result.value?.messageId ?? null, {})
        sent.push({ index, id, record })
      })
      if (!sent.length) throw new NothingSent()

      if (givenBack.length) await trx.from('sent_emails').whereIn('id', givenBack).delete()
      await trx.rawQuery(
        `UPDATE sent_emails AS s
            SET to_address = v.to_address, subject = v.subject, html = v.html,
                text = v.text, message_id = v.message_id
           FROM jsonb_to_recordset(?::jsonb)
             AS v(id int, to_address text, subject text, html text, text text, message_id text)
          WHERE s.id = v.id`,
        [
          JSON.stringify(
            sent.map(({ id, record }) => ({
              id,
              to_address: record.toAddress,
              subject: record.subject,
              html: record.html,
              text: record.text,
              message_id: record.messageId,
            }))
          ),
        ]
      )
      await DealActivity.record(
        trx,
        sent
          .filter(({ index }) => mails[index].dealId)
          .map(({ index, id, record }) => ({
            dealId: mails[index].dealId!,
            kind: 'email' as const,
            body: `${record.subject} → ${record.toAddress}`,
            meta: { sentEmailId: id },
            dedupeKey: `email:${mails[index].key}`,
          }))
      )
    })
  } catch (error) {
    // Every claimed e-mail failed: the rollback gave all claims back.
    if (error instanceof NothingSent) return outcomes
    if (sending || unique.length === 1) throw error
    // Nothing went out: one e-mail at a time, so one the database refuses (its deal
    // deleted meanwhile…) fails alone instead of taking its whole batch with it.
    for (const index of unique) {
      try {
        ;[outcomes[index]] = await deliverMails([mails[index]])
      } catch (alone) {
        outcomes[index] = { status: 'failed', error: alone }
      }
    }
  }
  return outcomes
}

/** The Message-ID of the e-mail with this key: the same on every attempt. */
export function messageIdFor(key: string) {
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@most>`
}

/** How many earlier messages a References header names (the newest; RFC 5322 allows trimming). */
const MAX_REFERENCES = 20

/**
 * E-mails about deals: replies go to the deal's signed reply address (and so onto its
 * timeline), and each continues the deal's conversation with its recipient in their mail
 * program: In-Reply-To names the last message of it (sent by Most or received from them),
 * References the thread so far. One query for all of them; an e-mail later in the list to
 * the same person about the same deal follows the earlier ones.
 */
export async function threadMails(
  mails: { message: BaseMail; dealId: number }[],
  client: QueryClientContract
) {
  const conversations = new Map<string, { dealId: number; address: string; thread: string[] }>()
  const threaded: { message: BaseMail; conversation: string }[] = []
  for (const { message, dealId } of mails) {
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
    if (!recipient) continue
    const address = (typeof recipient === 'string' ? recipient : recipient.address).toLowerCase()
    const conversation = JSON.stringify([dealId, address])
    conversations.set(conversation, { dealId, address, thread: [] })
    threaded.push({ message, conversation })
  }
  if (!threaded.length) return

  const pairs = [...conversations.values()]
  const { rows } = await client.rawQuery<{
    rows: { position: string; message_id: string; at: Date }[]
  }>(
    `SELECT p.position, t.message_id, t.at
       FROM unnest(?::int[], ?::text[]) WITH ORDINALITY AS p(deal_id, address, position)
      CROSS JOIN LATERAL (
        (SELECT message_id, created_at AS at FROM sent_emails
          WHERE deal_id = p.deal_id AND lower(to_address) = p.address AND message_id IS NOT NULL
          ORDER BY id DESC LIMIT ${MAX_REFERENCES})
        UNION ALL
        (SELECT message_id, received_at AS at FROM inbound_mails
          WHERE deal_id = p.deal_id AND from_address = p.address AND message_id IS NOT NULL
          ORDER BY received_at DESC LIMIT ${MAX_REFERENCES})
      ) AS t`,
    [pairs.map((pair) => pair.dealId), pairs.map((pair) => pair.address)]
  )
  const found = pairs.map(() => [] as { id: string; at: number }[])
  for (const row of rows) {
    found[Number(row.position) - 1].push({
      id: String(row.message_id),
      at: new Date(row.at).getTime(),
    })
  }
  pairs.forEach((pair, position) => {
    pair.thread = found[position]
      .sort((a, b) => a.at - b.at)
      .map((entry) => entry.id)
      .filter((id, index, all) => all.indexOf(id) === index)
  })

  for (const { message, conversation } of threaded) {
    const pair = conversations.get(conversation)!
    const thread = pair.thread.slice(-MAX_REFERENCES)
    if (thread.length) {
      message.message.inReplyTo(thread[thread.length - 1])
      message.message.references(thread)
    }
    const own = message.message.toJSON().message.messageId
    if (own) pair.thread = [...pair.thread.filter((id) => id !== own), own]
  }
}

/** Runs `work` for every item, at most `limit` at a time; settles like Promise.allSettled. */
async function settleAll<Item, Result>(
  items: Item[],
  limit: number,
  work: (item: Item) => Promise<Result>
) {
  const results: PromiseSettledResult<Result>[] = Array.from({ length: items.length })
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      const position = next++
      try {
        results[position] = { status: 'fulfilled', value: await work(items[position]) }
      } catch (reason) {
        results[position] = { status: 'rejected', reason }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
  return results
}

function recordsFor(
  message: BaseMail,
  messageId: string | null,
  options: { dealId?: number | null }
) {
  const sent = message.message.toJSON().message
  const recipients = (sent.to ?? []) as Recipient[]
  return recipients.map((recipient) => ({
    // Cut to the columns' sizes: an over-long subject must not fail the record of a sent e-mail.
    toAddress: (typeof recipient === 'string' ? recipient : recipient.address).slice(0, 254),
    subject: String(sent.subject ?? '').slice(0, 300),
    html: typeof sent.html === 'string' ? sent.html : null,
    text: typeof sent.text === 'string' ? sent.text : null,
    mailer: mail.config.default as string,
    messageId,
    dealId: options.dealId ?? null,
  }))
}
