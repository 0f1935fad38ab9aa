import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'

/**
 * Withdraws an investor's consent to marketing e-mail (alerts, digests, invitations):
 * alerts still waiting for the digest are withheld, and nothing is queued from now on.
 * Saved searches stay, so opting in again on the profile brings the alerts back.
 */
export default class UnsubscribeFromAlerts {
  async handle({ user }: { user: User }) {
    await db.transaction(async (trx) => {
      user.useTransaction(trx)
      user.merge({ marketingOptIn: false, marketingOptInAt: null })
      await user.save()
      await trx
        .from('opportunity_alerts')
        .where({ user_id: user.id, state: 'pending' })
        .update({ state: 'withheld' })
    })
    return user
  }
}
