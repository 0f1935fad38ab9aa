import type { HttpContext } from '@adonisjs/core/http'
import ShowIntroductionRequest from '#actions/deals/introductions/show_introduction_request'
import IntroductionTransformer from '#transformers/introduction_transformer'
import RespondToIntroduction from '#actions/deals/introductions/respond_to_introduction'
import { introductionDeclineValidator } from '#validators/deal'

/**
 * The partner's contact answers an introduction through the signed links in the
 * e-mail (no account needed). Opening a link only shows the question — e-mail scanners
 * open links too — and the answer is a separate POST to the same signed address.
 */
export default class IntroductionResponsesController {
  async show({ params, request, inertia, response }: HttpContext) {
    if (!request.hasValidSignature('introduction')) {
      return response.forbidden(await inertia.render('errors/forbidden', {}))
    }
    const introduction = await new ShowIntroductionRequest().handle(params.id)
    return inertia.render('deals/introductions/respond', {
      answer: request.url().endsWith('/decline') ? 'decline' : 'accept',
      status: introduction.status,
      action: request.url(true),
      summary: IntroductionTransformer.transform(introduction).useVariant('forPartnerAnswer'),
    })
  }

  async accept(ctx: HttpContext) {
    return this.answer(ctx, 'accept')
  }

  async decline(ctx: HttpContext) {
    return this.answer(ctx, 'decline')
  }

  private async answer(
    { params, request, response, session, i18n }: HttpContext,
    answer: 'accept' | 'decline'
  ) {
    if (!request.hasValidSignature('introduction')) return response.forbidden()
    const { reason } = await request.validateUsing(introductionDeclineValidator)
    const introduction = await new RespondToIntroduction().handle({
      introductionId: Number(params.id),
      answer,
      reason,
    })
    session.flash(
      'success',
      i18n.t(
        introduction.status === 'accepted'
          ? 'deals.introduction.accepted'
          : 'deals.introduction.declined'
      )
    )
    return response.redirect().back()
  }
}
