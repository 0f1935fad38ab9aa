import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Deal from '#models/deal'
import DealStageHistory from '#models/deal_stage_history'
import Pipeline from '#models/pipeline'
import PipelineStage from '#models/pipeline_stage'
import type User from '#models/user'
import NotifyStaff from '#actions/notifications/notify_staff'

type DealFields = Pick<
  Deal,
  'investorId' | 'contactId' | 'opportunityId' | 'interestId' | 'sourceEventId' | 'ownerId'
> & { title: string; valueEur: number }

/**
 * Opens a deal in the first stage of a pipeline, with the first stay of its stage
 * history, in the caller's transaction. The only code that gives a deal its first
 * stage; every later stage is MoveDeal's. Callers write their own timeline line
 * (an interest, an inquiry, an event sign-up say different things). The assistant
 * it is given to hears of it.
 */
export default class OpenDeal {
  async handle({
    pipelineSlug,
    fields,
    actor = null,
    trx,
  }: {
    pipelineSlug: string
    fields: Partial<DealFields> & { title: string; valueEur: number }
    actor?: User | null
    trx: TransactionClientContract
  }) {
    const pipeline = await Pipeline.findByOrFail('slug', pipelineSlug, { client: trx })
    const firstStage = await PipelineStage.query({ client: trx })
      .where('pipelineId', pipeline.id)
      .orderBy('position')
      .firstOrFail()
    const now = DateTime.now()
    const deal = await Deal.create(
      { ...fields, pipelineId: pipeline.id, stageId: firstStage.id, stageEnteredAt: now },
      { client: trx }
    )
    await DealStageHistory.create(
      { dealId: deal.id, stageId: firstStage.id, actorId: actor?.id ?? null, enteredAt: now },
      { client: trx }
    )
    if (deal.ownerId !== null && deal.ownerId !== undefined) {
      await new NotifyStaff().handle({
        userIds: [deal.ownerId],
        kind: 'deal_assigned',
        dealId: deal.id,
        actorId: actor?.id ?? null,
        data: { dealTitle: deal.title },
        key: `deal-opened:${deal.id}`,
        trx,
      })
    }
    return deal
  }
}
