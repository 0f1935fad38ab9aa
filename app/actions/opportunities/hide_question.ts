import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type OpportunityQuestion from '#models/opportunity_question'
import type User from '#models/user'
import audit from '#services/audit'

/** Staff moderation: a hidden question leaves the listing (and the partner's clock). */
export default class HideQuestion {
  async handle({ question, actor }: { question: OpportunityQuestion; actor: User }) {
    if (question.hiddenAt) return question
    await db.transaction(async (trx) => {
      question.useTransaction(trx)
      question.hiddenAt = DateTime.now()
      question.hiddenById = actor.id
      await question.save()
      await audit.record(trx, {
        actor,
        action: 'opportunity.question_hidden',
        subject: audit.subject('opportunity_question', question),
        before: { opportunityId: question.opportunityId, body: question.body },
      })
    })
    return question
  }
}
