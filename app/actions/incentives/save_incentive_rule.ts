import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import IncentiveRule from '#models/incentive_rule'
import type User from '#models/user'
import type { IncentiveRuleData } from '#validators/incentive'
import { fieldError } from '#exceptions/field_error'
import audit from '#services/audit'

/** Staff add or correct an incentive rule; the change is audited. The only writer of rules. */
export default class SaveIncentiveRule {
  async handle({
    rule,
    actor,
    data,
    duplicateKeyMessage,
  }: {
    rule?: IncentiveRule
    actor: User
    data: IncentiveRuleData
    duplicateKeyMessage: string
  }) {
    return db.transaction(async (trx) => {
      const taken = await IncentiveRule.query({ client: trx })
        .where('key', data.key)
        .if(rule, (query) => query.whereNot('id', rule!.id))
        .first()
      if (taken) throw fieldError('key', duplicateKeyMessage, 'unique')
      const record = rule ?? new IncentiveRule()
      record.useTransaction(trx)
      const before = rule ? audit.snapshot(rule) : null
      record.merge({
        ...data,
        sharePct: data.sharePct === null ? null : String(data.sharePct),
        sourceDate: DateTime.fromJSDate(data.sourceDate),
      })
      await audit.saveAndRecord(trx, record, {
        actor,
        action: rule ? 'incentive_rule.updated' : 'incentive_rule.created',
        type: 'incentive_rule',
        before,
      })
      return record
    })
  }
}
