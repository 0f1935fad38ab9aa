import NdaSignatureTransformer from '#transformers/nda_signature_transformer'
import type { HttpContext } from '@adonisjs/core/http'
import UserTransformer from '#transformers/user_transformer'
import DealTransformer from '#transformers/deal_transformer'
import DealActivityTransformer from '#transformers/deal_activity_transformer'
import DealTaskTransformer from '#transformers/deal_task_transformer'
import IntroductionTransformer from '#transformers/introduction_transformer'
import MeetingTransformer from '#transformers/meeting_transformer'
import PipelineStageTransformer from '#transformers/pipeline_stage_transformer'
import ShowDeal from '#actions/deals/show_deal'
import FindDeal from '#actions/deals/find_deal'
import MoveDeal from '#actions/deals/move_deal'
import ReassignDeal from '#actions/deals/reassign_deal'
import { moveDealValidator, reassignDealValidator } from '#validators/deal'

/** One deal: its page, moving it between stages, handing it to another assistant. */
export default class DealsController {
  async show({ params, inertia }: HttpContext) {
    const { deal, stages, staff, introductions, meetings, priority, ndaSignatures } =
      await new ShowDeal().handle(params.id)
    return inertia.render('deals/show', {
      deal: DealTransformer.transform(deal),
      activities: DealActivityTransformer.transform(deal.activities),
      tasks: DealTaskTransformer.transform(deal.tasks),
      stages: PipelineStageTransformer.transform(stages),
      staff: UserTransformer.transform(staff),
      introductions: IntroductionTransformer.transform(introductions),
      meetings: MeetingTransformer.transform(meetings),
      priority,
      ndaSignatures: NdaSignatureTransformer.transform(ndaSignatures),
    })
  }

  async move({ params, request, auth, response, session, i18n }: HttpContext) {
    const data = await request.validateUsing(moveDealValidator)
    await new MoveDeal().handle({
      dealId: Number(params.id),
      ...data,
      actor: auth.getUserOrFail(),
      subscriberId: request.header('x-transmit-uid') ?? null,
    })
    session.flash('success', i18n.t('deals.deal.moved'))
    return response.redirect().back()
  }

  async reassign({ params, request, auth, response, session, i18n }: HttpContext) {
    const deal = await new FindDeal().handle(params.id)
    const { ownerId } = await request.validateUsing(reassignDealValidator)
    const { owner } = await new ReassignDeal().handle({
      deal,
      ownerId,
      actor: auth.getUserOrFail(),
    })
    session.flash('success', i18n.t('deals.deal.reassigned', { name: owner.fullName }))
    return response.redirect().back()
  }
}
