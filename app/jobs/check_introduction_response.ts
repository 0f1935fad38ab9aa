import Introduction from '#models/introduction'
import db from '@adonisjs/lucid/services/db'
import { queueMail } from '#services/outbox'
import type { JobHandler } from '#jobs/payloads'

type Payload = { introductionId: number; phase: 'reminder' | 'overdue' }

/**
 * Runs the day before an introduction's deadline (reminds the partner) and at the
 * deadline (alerts the deal's owner). Does nothing once the partner has answered
 * (accepted, declined, or replied by e-mail);
 * the e-mails' keys make a second run harmless.
 */
export default class CheckIntroductionResponse implements JobHandler<Payload> {
  async handle({ introductionId, phase }: Payload) {
    const introduction = await Introduction.find(introductionId)
    if (!introduction?.awaitsAnswer) return { sent: false }
    await db.transaction((trx) =>
      queueMail(
        trx,
        'crm_notice',
        {
          notice: phase === 'reminder' ? 'introduction_reminder' : 'introduction_overdue',
          dealId: introduction.dealId,
          introductionId: introduction.id,
        },
        { key: `introduction:${introduction.id}:${phase}:mail`, dealId: introduction.dealId }
      )
    )
    return { sent: true }
  }
}
