import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { queueMail } from '#services/outbox'
import type OpportunityQuestion from '#models/opportunity_question'
import type User from '#models/user'

/**
 * The partner answers a question in English, Serbian or both; the first answer stops its
 * response clock, a later edit keeps that time. The first answer is e-mailed to the asker.
 */
export default class AnswerQuestion {
  async handle({
    question,
    partner,
    data,
  }: {
    question: OpportunityQuestion
    partner: User
    data: { answerEn?: string | null; answerSr?: string | null }
  }) {
    return db.transaction(async (trx) => {
      const firstAnswer = question.answeredAt === null
      question.useTransaction(trx)
      question.answerEn = data.answerEn?.trim() || null
      question.answerSr = data.answerSr?.trim() || null
      question.answeredById = partner.id
      question.answeredAt ??= DateTime.now()
      await question.save()
      if (firstAnswer) {
        await queueMail(
          trx,
          'question_answered',
          { questionId: question.id },
          { key: `question-answered:${question.id}` }
        )
      }
      return question
    })
  }
}
