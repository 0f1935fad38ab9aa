import { DateTime } from 'luxon'
import type OpportunityQuestion from '#models/opportunity_question'
import type User from '#models/user'

/**
 * The partner answers a question in English, Serbian or both; the first answer stops its
 * response clock, a later edit keeps that time.
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
    question.answerEn = data.answerEn?.trim() || null
    question.answerSr = data.answerSr?.trim() || null
    question.answeredById = partner.id
    question.answeredAt ??= DateTime.now()
    await question.save()
    return question
  }
}
