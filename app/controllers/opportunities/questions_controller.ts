import type { HttpContext } from '@adonisjs/core/http'
import FindOpportunity from '#actions/opportunities/find_opportunity'
import AskQuestion from '#actions/opportunities/ask_question'
import { questionValidator } from '#validators/data_room'

/** An investor asks a listing's partner a question, publicly or privately. */
export default class QuestionsController {
  async store({ params, request, auth, bouncer, response, session, i18n }: HttpContext) {
    const opportunity = await new FindOpportunity().handle({ slug: params.slug })
    await bouncer.with('QuestionPolicy').authorize('ask', opportunity)
    const data = await request.validateUsing(questionValidator)
    await new AskQuestion().handle({
      opportunity,
      investor: auth.getUserOrFail(),
      data: { ...data, locale: i18n.locale },
    })
    session.flash('success', i18n.t('opportunities.questions.asked'))
    return response.redirect().back()
  }
}
