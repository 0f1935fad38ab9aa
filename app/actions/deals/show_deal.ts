import Deal from '#models/deal'
import PipelineStage from '#models/pipeline_stage'
import Introduction from '#models/introduction'
import Meeting from '#models/meeting'
import ClubMembership from '#models/club_membership'
import ListStaff from '#actions/accounts/list_staff'
import NdaSignature from '#models/nda_signature'

/**
 * A deal's page: the deal with its people, listing, timeline and tasks, the stages it can
 * move to, the staff it can be handed to, its introductions and meetings, and the investor's
 * signed NDAs.
 */
export default class ShowDeal {
  async handle(id: number) {
    const deal = await Deal.query()
      .where('id', id)
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
    const staff = await new ListStaff().handle()
    const introductions = await Introduction.query().where('dealId', deal.id).orderBy('id', 'desc')
    const meetings = await Meeting.query()
      .where('dealId', deal.id)
      .preload('slots', (slots) => slots.orderBy('startsAt'))
      .preload('participants', (participants) => participants.preload('user').orderBy('id'))
      .orderBy('id', 'desc')
    // Investor Club members get priority introductions.
    const priority = deal.investorId ? await ClubMembership.isMember(deal.investorId) : false
    // The NDAs the deal's investor signed for its listing (the signed PDFs).
    const ndaSignatures =
      deal.investorId && deal.opportunityId
        ? await NdaSignature.query()
            .where({ userId: deal.investorId, opportunityId: deal.opportunityId })
            .preload('opportunity')
            .preload('ndaVersion')
            .orderBy('signedAt', 'desc')
        : []
    return { deal, stages, staff, introductions, meetings, priority, ndaSignatures }
  }
}
