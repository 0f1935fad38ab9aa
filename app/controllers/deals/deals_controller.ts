import type { HttpContext } from '@adonisjs/core/http'
import Deal from '#models/deal'
import User from '#models/user'
import PipelineStage from '#models/pipeline_stage'
import UserTransformer from '#transformers/user_transformer'
import DealTransformer from '#transformers/deal_transformer'
import DealActivityTransformer from '#transformers/deal_activity_transformer'
import DealTaskTransformer from '#transformers/deal_task_transformer'
import IntroductionTransformer from '#transformers/introduction_transformer'
import Introduction from '#models/introduction'
import MoveDeal from '#actions/deals/move_deal'
import ReassignDeal from '#actions/deals/reassign_deal'
import { moveDealValidator, reassignDealValidator } from '#validators/deal'
import ClubMembership from '#models/club_membership'

/** One deal: its page, moving it between stages, handing it to another assistant. */
export default class DealsController {
  async show({ params, inertia }: HttpContext) {
    const deal = await Deal.query()
      .where('id', params.id)
      .preload('stage')
      .preload('pipeline')
      .preload('investor', (investor) => investor.preload('investorProfile'))
      .preload('contact')
      .preload('owner')
      .preload('opportunity', (opportunity) =>
        opportunity.preload('municipality').preload('organisation')
      )
      .preload('lostReason')
      .preload('sourceEvent')
      .preload('activities', (activities) =>
        activities.preload('actor').orderBy('occurredAt', 'desc').orderBy('id', 'desc')
      )
      .preload('tasks', (tasks) => tasks.preload('assignee').orderBy('dueAt'))
      .firstOrFail()
    const stages = await PipelineStage.query()
      .where('pipelineId', deal.pipelineId)
      .orderBy('position')
    const staff = await User.query().where('role', 'staff').orderBy('fullName')
    const introductions = await Introduction.query().where('dealId', deal.id).orderBy('id', 'desc')
    return inertia.render('deals/show', {
      deal: DealTransformer.transform(deal),
      activities: DealActivityTransformer.transform(deal.activities),
      tasks: DealTaskTransformer.transform(deal.tasks),
      stages: stages.map(({ id, key, name, customName, kind }) => ({
        id,
        key,
        name,
        customName,
        kind,
      })),
      staff: UserTransformer.transform(staff),
      introductions: IntroductionTransformer.transform(introductions),
      // Investor Club members get priority introductions.
      priority: deal.investorId ? await ClubMembership.isMember(deal.investorId) : false,
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
    const deal = await Deal.findOrFail(params.id)
    const { ownerId } = await request.validateUsing(reassignDealValidator)
    const owner = await User.findOrFail(ownerId)
    await new ReassignDeal().handle({ deal, owner, actor: auth.getUserOrFail() })
    session.flash('success', i18n.t('deals.deal.reassigned', { name: owner.fullName }))
    return response.redirect().back()
  }
}
