import { DateTime } from 'luxon'
import Organisation from '#models/organisation'
import OpportunityQuestion from '#models/opportunity_question'
import type Opportunity from '#models/opportunity'
import type User from '#models/user'
import type { QuestionVisibility } from '#enums/data_room'
import db from '@adonisjs/lucid/services/db'
import { addBusinessDays } from '#services/business_days'
import { queueMail } from '#services/outbox'

/**
 * An investor asks the listing's partner a question, publicly (the answer shows on the
 * listing) or privately. It is due within the organisation's response days and counts
 * toward its response time until answered. The listing's contact person is e-mailed.
 */
export default class AskQuestion {
  async handle({
    opportunity,
    investor,
    data,
  }: {
    opportunity: Opportunity
    investor: User
    data: { body: string; visibility: QuestionVisibility; locale: string }
  }) {
    const organisation = await Organisation.findOrFail(opportunity.organisationId)
    return db.transaction(async (trx) => {
      const question = await OpportunityQuestion.create(
        {
          opportunityId: opportunity.id,
          askerId: investor.id,
          body: data.body,
          visibility: data.visibility,
          locale: data.locale,
          dueAt: addBusinessDays(DateTime.now(), organisation.responseDays),
        },
        { client: trx }
      )
      await queueMail(
        trx,
        'question_asked',
        { questionId: question.id },
        { key: `question-asked:${question.id}` }
      )
      return question
    })
  }
}
