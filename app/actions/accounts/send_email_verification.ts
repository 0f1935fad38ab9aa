import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type User from '#models/user'
import { queueMail } from '#services/outbox'

/**
 * Queues the e-mail with a signed, 24-hour link that confirms the address belongs to
 * the user. The worker signs the link, so nothing secret travels through the queue.
 * Pass the transaction that created the account, so the e-mail exists exactly when it does.
 */
export default class SendEmailVerification {
  async handle({ user, trx }: { user: User; trx?: TransactionClientContract }): Promise<void> {
    if (!trx) return db.transaction((own) => this.handle({ user, trx: own }))
    // Each request is its own e-mail (a resend is a new one); the job keeps the key.
    await queueMail(
      trx,
      'verify_email',
      { userId: user.id },
      { key: `verify-email:${user.id}:${Date.now()}` }
    )
  }
}
