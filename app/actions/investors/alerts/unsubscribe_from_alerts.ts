import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import OpportunityAlert from '#models/opportunity_alert'
import { recordConsent } from '#actions/trust/privacy/record_consent'

/**
 * Withdraws an investor's consent to marketing e-mail (alerts, digests, invitations):
 * alerts still waiting for the digest are withheld, and nothing is queued from now on.
 * Saved searches stay, so opting in again on the profile brings the alerts back.
 */
export default class UnsubscribeFromAlerts {
  async handle({ user, ip }: { user: User; ip?: string | null }) {
    await db.transaction(async (trx) => {
      // Only a real change is a consent event (the link may be clicked twice).
      if (user.marketingOptIn) {
        await recordConsent(trx, { userId: user.id, kind: 'marketing_emails', granted: false, ip })
      }
      user.useTransaction(trx)
      user.merge({ marketingOptIn: false, marketingOptInAt: null })
      await user.save()
      await OpportunityAlert.withholdPending(trx, user.id)
    })
    return user
  }
}
