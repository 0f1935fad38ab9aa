import db from '@adonisjs/lucid/services/db'
import { errors } from '@adonisjs/lucid'
import Deal from '#models/deal'
import { deliverMail, deliverMails, type DeliveryOutcome, type KeyedMail } from '#services/mailer'
import { MicroBatch, type BatchOutcome, type MicroBatchOptions } from '#services/micro_batch'

/**
 * Keyed e-mails as the `mail:send` job sends them. The worker switches batching on
 * (batchMailDelivery): its many concurrent e-mail jobs then share one key lookup and one
 * claim-send-record transaction per batch (see deliverMails) instead of a dozen statements
 * each. Elsewhere (web process, tests) every call runs alone, through the same writer.
 */
let batches: {
  sent: MicroBatch<string, boolean>
  deals: MicroBatch<number, Deal>
  deliver: MicroBatch<KeyedMail, DeliveryOutcome>
} | null = null

export function batchMailDelivery(options: MicroBatchOptions) {
  batches = {
    sent: new MicroBatch(options, async (keys) => {
      const found = new Set(await sentKeys(keys))
      return keys.map((key) => ({ value: found.has(key) }))
    }),
    deals: new MicroBatch(options, async (ids): Promise<BatchOutcome<Deal>[]> => {
      const found = new Map((await dealsWithOwner(ids)).map((deal) => [deal.id, deal]))
      return ids.map((id) => {
        const deal = found.get(id)
        return deal ? { value: deal } : { error: new errors.E_ROW_NOT_FOUND(Deal) }
      })
    }),
    deliver: new MicroBatch(options, async (mails) =>
      (await deliverMails(mails)).map((outcome): BatchOutcome<DeliveryOutcome> =>
        outcome.status === 'deferred'
          ? { again: true }
          : outcome.status === 'failed'
            ? { error: outcome.error }
            : { value: outcome }
      )
    ),
  }
}

/** Back to one call at a time (tests). */
export function unbatchMailDelivery() {
  batches = null
}

/** Whether an e-mail with this key is already out (claimed and committed). */
export async function mailKeyTaken(key: string) {
  if (batches) return batches.sent.add(key)
  return (await sentKeys([key])).length > 0
}

/**
 * Sends the e-mail unless its key is taken. Resolves to the transport's response, or
 * null when the key was taken; rejects when this e-mail's send failed (nothing of it is
 * recorded, so the job's retry sends it), or when its batch could not be recorded.
 */
export async function sendMailOnce(keyed: KeyedMail) {
  if (!batches) return deliverMail(keyed.message, { key: keyed.key, dealId: keyed.dealId })
  const outcome = await batches.deliver.add(keyed)
  return outcome.status === 'sent' ? outcome.response : null
}

/**
 * A deal with its owner, as the CRM notices load it. In the worker the notices of a batch
 * share one query pair (notices about one deal share its instance: builders only read it).
 */
export async function dealWithOwner(id: number): Promise<Deal> {
  if (batches) return batches.deals.add(id)
  const [deal] = await dealsWithOwner([id])
  if (!deal) throw new errors.E_ROW_NOT_FOUND(Deal)
  return deal
}

function dealsWithOwner(ids: number[]) {
  return Deal.query()
    .whereIn('id', [...new Set(ids)])
    .preload('owner')
}

async function sentKeys(keys: string[]): Promise<string[]> {
  const rows = await db.from('sent_emails').whereIn('dedupe_key', keys).select('dedupe_key')
  return rows.map((row) => row.dedupe_key)
}
