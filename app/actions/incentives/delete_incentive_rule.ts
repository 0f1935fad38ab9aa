import db from '@adonisjs/lucid/services/db'
import type IncentiveRule from '#models/incentive_rule'
import type User from '#models/user'
import audit from '#services/audit'

/** Staff remove a rule that no longer applies; the audit log keeps what it said. */
export default class DeleteIncentiveRule {
  async handle({ rule, actor }: { rule: IncentiveRule; actor: User }) {
    await db.transaction(async (trx) => {
      rule.useTransaction(trx)
      await audit.record(trx, {
        actor,
        action: 'incentive_rule.deleted',
        subject: audit.subject('incentive_rule', rule),
        before: audit.snapshot(rule),
      })
      await rule.delete()
    })
  }
}
