import type { HttpContext } from '@adonisjs/core/http'
import FindQuestion from '#actions/opportunities/find_question'
import HideQuestion from '#actions/opportunities/hide_question'
import ListRecentQuestions from '#actions/opportunities/staff/list_recent_questions'
import OpportunityQuestionTransformer from '#transformers/opportunity_question_transformer'

/** Staff moderate the questions asked on listings. */
export default class QuestionsController {
  async index({ bouncer, inertia }: HttpContext) {
    await bouncer.with('QuestionPolicy').authorize('moderate')
    const questions = await new ListRecentQuestions().handle()
    return inertia.render('opportunities/staff/questions', {
      questions: OpportunityQuestionTransformer.transform(questions).useVariant('forPartner'),
      listings: Object.fromEntries(
        questions.map(({ id, opportunity }) => [
          id,
          { slug: opportunity.slug, titleEn: opportunity.titleEn, titleSr: opportunity.titleSr },
        ])
      ),
    })
  }

  async hide({ params, auth, bouncer, response, session, i18n }: HttpContext) {
    await bouncer.with('QuestionPolicy').authorize('moderate')
    const question = await new FindQuestion().handle({ id: params.id })
    await new HideQuestion().handle({ question, actor: auth.getUserOrFail() })
    session.flash('success', i18n.t('opportunities.questions.hidden'))
    return response.redirect().back()
  }
}
