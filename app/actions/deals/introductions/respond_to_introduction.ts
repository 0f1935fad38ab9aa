import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Introduction from '#models/introduction'
import Deal from '#models/deal'
import PipelineStage from '#models/pipeline_stage'
import { recordStageEntry } from '#actions/deals/move_deal'
import { enqueue, queueMail } from '#services/outbox'
import { FOLLOW_UP_DAYS } from '#enums/crm'

/**
 * The partner's contact answers through the signed link. Accepting shares both sides'
 * details (only now), moves the deal to Introduced and schedules the owner's follow-up;
 * declining tells the owner. Answering twice changes nothing.
 */
export default class RespondToIntroduction {
  async handle({
    introductionId,
    answer,
    reason,
  }: {
    introductionId: number
    answer: 'accept' | 'decline'
    reason?: string | null
  }) {
    return db.transaction(async (trx) => {
      const introduction = await Introduction.query({ client: trx })
        .where('id', introductionId)
        .forUpdate()
        .firstOrFail()
      if (!introduction.isOpen) return introduction

      const now = DateTime.now()
      introduction.useTransaction(trx)
      introduction.status = answer === 'accept' ? 'accepted' : 'declined'
      introduction.respondedAt = now
      introduction.declineReason = answer === 'decline' ? (reason ?? null) : null
      await introduction.save()

      const deal = await Deal.query({ client: trx })
        .where('id', introduction.dealId)
        .preload('stage')
        .forUpdate()
        .firstOrFail()
      await trx.table('deal_activities').insert({
        deal_id: deal.id,
        kind: 'introduction',
        body: introduction.declineReason,
        meta: JSON.stringify({ introductionId: introduction.id, status: introduction.status }),
        occurred_at: now.toJSDate(),
        created_at: now.toJSDate(),
      })

      if (answer === 'decline') {
        await queueMail(
          trx,
          'crm_notice',
          { notice: 'introduction_declined', dealId: deal.id },
          {
            key: `introduction:${introduction.id}:declined`,
            dealId: deal.id,
          }
        )
        return introduction
      }

      for (const side of ['investor', 'partner'] as const) {
        await queueMail(
          trx,
          'introduction_made',
          { introductionId: introduction.id, side },
          {
            key: `introduction:${introduction.id}:made:${side}`,
            dealId: deal.id,
          }
        )
      }
      await this.moveToIntroduced(trx, deal, now)
      await enqueue(
        trx,
        'deals:follow-up',
        { dealId: deal.id, since: now.toISO()! },
        {
          key: `introduction:${introduction.id}:follow-up`,
          delayMs: FOLLOW_UP_DAYS * 24 * 60 * 60 * 1000,
        }
      )
      return introduction
    })
  }

  /** Forward only: a deal already past Introduced stays where it is. */
  private async moveToIntroduced(
    trx: Parameters<typeof recordStageEntry>[0],
    deal: Deal,
    now: DateTime
  ) {
    const introduced = await PipelineStage.query({ client: trx })
      .where({ pipelineId: deal.pipelineId, key: 'introduced' })
      .first()
    if (!introduced || deal.stage.position >= introduced.position || deal.closedAt) return
    await trx
      .from('deals')
      .where('id', deal.id)
      .update({
        stage_id: introduced.id,
        lock_version: deal.lockVersion + 1,
        stage_entered_at: now.toJSDate(),
        stale_since: null,
        updated_at: now.toJSDate(),
      })
    await recordStageEntry(trx, {
      dealId: deal.id,
      interestId: deal.interestId,
      from: deal.stage,
      to: introduced,
      actorId: null,
      at: now,
    })
  }
}
