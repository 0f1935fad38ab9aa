import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Introduction from '#models/introduction'
import Deal from '#models/deal'
import PipelineStage from '#models/pipeline_stage'
import DealActivity from '#models/deal_activity'
import type User from '#models/user'
import MoveDeal from '#actions/deals/move_deal'
import { enqueue, queueMail } from '#services/outbox'
import { FOLLOW_UP_DAYS } from '#enums/crm'

/**
 * The partner's contact answers through the signed link, or a member in their inbox. Accepting shares both sides'
 * details (only now), moves the deal to Introduced and schedules the owner's follow-up;
 * declining tells the owner. Answering twice changes nothing.
 */
export default class RespondToIntroduction {
  async handle({
    introductionId,
    answer,
    reason,
    actor = null,
  }: {
    introductionId: number
    answer: 'accept' | 'decline'
    /** Why they decline, or a word with the acceptance; both go on the timeline. */
    reason?: string | null
    /** The partner member who answered in their inbox (none through the e-mail link). */
    actor?: User | null
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
      // A reply by e-mail may have answered first: the response time keeps that moment.
      introduction.respondedAt ??= now
      introduction.declineReason = answer === 'decline' ? (reason ?? null) : null
      await introduction.save()

      const deal = await Deal.query({ client: trx })
        .where('id', introduction.dealId)
        .preload('stage')
        .forUpdate()
        .firstOrFail()
      await DealActivity.record(trx, {
        dealId: deal.id,
        kind: 'introduction',
        actorId: actor?.id ?? null,
        body: reason ?? null,
        meta: { introductionId: introduction.id, status: introduction.status },
        occurredAt: now,
        createdAt: now,
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
      await this.moveToIntroduced(trx, deal)
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

  /**
   * Forward only: a deal already past Introduced (or closed) stays where it is. The
   * move itself is MoveDeal's, with its checks, history, timeline and audit entry.
   */
  private async moveToIntroduced(trx: TransactionClientContract, deal: Deal) {
    const introduced = await PipelineStage.query({ client: trx })
      .where({ pipelineId: deal.pipelineId, key: 'introduced' })
      .first()
    if (!introduced || deal.stage.position >= introduced.position || deal.closedAt) return
    // The deal row is locked above, so the version read there is still current.
    await new MoveDeal().handle({
      dealId: deal.id,
      stageId: introduced.id,
      lockVersion: deal.lockVersion,
      actor: null,
      trx,
    })
  }
}
