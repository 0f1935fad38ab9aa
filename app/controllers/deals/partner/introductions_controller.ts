import type { HttpContext } from '@adonisjs/core/http'
import ShowIntroductionRequest from '#actions/deals/introductions/show_introduction_request'
import RespondToIntroduction from '#actions/deals/introductions/respond_to_introduction'
import { introductionDeclineValidator } from '#validators/deal'

/**
 * A partner member answers an introduction in their inbox (the dashboard), the same
 * answer the e-mail's signed links give, with an optional message.
 */
export default class IntroductionsController {
  async accept(ctx: HttpContext) {
    return this.answer(ctx, 'accept')
  }

  async decline(ctx: HttpContext) {
    return this.answer(ctx, 'decline')
  }

  private async answer(
    { params, request, response, session, i18n, auth, bouncer }: HttpContext,
    answer: 'accept' | 'decline'
  ) {
    const { reason } = await request.validateUsing(introductionDeclineValidator)
    const introduction = await new ShowIntroductionRequest().handle(params.id)
    await bouncer.with('IntroductionPolicy').authorize('answer', introduction)
    const answered = await new RespondToIntroduction().handle({
      introductionId: introduction.id,
      answer,
      reason,
      actor: auth.getUserOrFail(),
    })
    session.flash(
      'success',
      i18n.t(
        answered.status === 'accepted'
          ? 'deals.introduction.accepted'
          : 'deals.introduction.declined'
      )
    )
    return response.redirect().toRoute('dashboard')
  }
}
