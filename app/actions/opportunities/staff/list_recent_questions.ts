import OpportunityQuestion from '#models/opportunity_question'

/** Staff moderation: the newest questions on any listing, hidden ones included (marked). */
export default class ListRecentQuestions {
  handle({ limit = 100 }: { limit?: number } = {}) {
    return OpportunityQuestion.query()
      .preload('asker')
      .preload('opportunity')
      .orderBy('createdAt', 'desc')
      .limit(limit)
  }
}
