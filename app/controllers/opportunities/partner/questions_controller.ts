import type { HttpContext } from '@adonisjs/core/http'
import FindQuestion from '#actions/opportunities/find_question'
import AnswerQuestion from '#actions/opportunities/answer_question'
import { answerValidator } from '#validators/data_room'

/** The listing's partner answers an investor's question. */
export default class QuestionsController {
  async answer({ params, request, auth, bouncer, response, session, i18n }: HttpContext) {
    const question = await new FindQuestion().handle({ id: params.id })
    await bouncer.with('QuestionPolicy').authorize('answer', question)
    const data = await request.validateUsing(answerValidator)
    await new AnswerQuestion().handle({ question, partner: auth.getUserOrFail(), data })
    session.flash('success', i18n.t('opportunities.questions.answered'))
    return response.redirect().back()
  }
}
