import OpportunityQuestion from '#models/opportunity_question'

/** One question with its listing (404 when missing). */
export default class FindQuestion {
  handle({ id }: { id: number | string }) {
    return OpportunityQuestion.query()
      .where('id', Number(id) || 0)
      .preload('opportunity')
      .firstOrFail()
  }
}
