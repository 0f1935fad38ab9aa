import { DateTime } from 'luxon'
import { Exception } from '@adonisjs/core/exceptions'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Deal from '#models/deal'
import DealActivity from '#models/deal_activity'
import DealStageHistory from '#models/deal_stage_history'
import PipelineStage from '#models/pipeline_stage'
import { scheduleFiguresRefresh } from '#actions/community/figures/schedule_figures_refresh'
import type User from '#models/user'
import { fieldError } from '#exceptions/field_error'
import { publicInterestStatus } from '#enums/opportunity'
import UpdateInterestStatus from '#actions/deals/update_interest_status'
import { announceBoardChange } from '#services/live_board'
import audit from '#services/audit'

/**
 * Moves a deal to another stage of its pipeline: the only code that changes a deal's
 * stage, whether staff drag a card or the system moves it (an accepted introduction).
 * Optimistic locking: the caller names the version it saw; if someone moved the deal
 * meanwhile, nothing changes and a 409 says so. Closing stages set closed_at; Lost
 * needs a reason from the managed list. In one transaction (the caller's, when given):
 * the deal row, the stage history with exact exit/entry times, the timeline line, the
 * investor's interest status and the audit entry.
 */
export default class MoveDeal {
  async handle({
    dealId,
    stageId,
    lockVersion,
    lostReasonId,
    lostNote,
    actor,
    subscriberId,
    trx,
  }: {
    dealId: number
    stageId: number
    lockVersion: number
    lostReasonId?: number | null
    lostNote?: string | null
    /** null when the system moves the deal. */
    actor: User | null
    /** The mover's live-board subscriber id, which needs no notification. */
    subscriberId?: string | null
    trx?: TransactionClientContract
  }) {
    const move = async (client: TransactionClientContract) => {
      const deal = await Deal.query({ client }).where('id', dealId).preload('stage').firstOrFail()
      const target = await PipelineStage.query({ client })
        .where({ id: stageId, pipelineId: deal.pipelineId })
        .first()
      if (!target) throw fieldError('stageId', 'This stage belongs to another pipeline.')
      if (target.kind === 'lost' && !lostReasonId) {
        throw fieldError('lostReasonId', 'Choose why the deal was lost.', 'required')
      }
      if (target.id === deal.stageId) return deal

      const now = DateTime.now()
      const lost = target.kind === 'lost'
      const updated = await Deal.query({ client })
        .where({ id: deal.id, lockVersion })
        .update({
          stage_id: target.id,
          lock_version: lockVersion + 1,
          stage_entered_at: now.toJSDate(),
          stale_since: null,
          closed_at: target.kind === 'open' ? null : now.toJSDate(),
          lost_reason_id: lost ? lostReasonId : null,
          lost_note: lost ? (lostNote ?? null) : null,
          updated_at: now.toJSDate(),
        })
      if (Number(updated) === 0) {
        throw new Exception('Someone else moved this deal in the meantime.', {
          status: 409,
          code: 'E_DEAL_MOVED',
        })
      }
      // A deal won (or un-won) changes the public figures.
      if (target.kind === 'won' || deal.stage.kind === 'won') await scheduleFiguresRefresh(client)
      await audit.record(client, {
        actor,
        action: 'deal.moved',
        subject: audit.subject('deal', deal),
        before: {
          stageId: deal.stageId,
          stage: deal.stage.name,
          lostReasonId: deal.lostReasonId,
          lostNote: deal.lostNote,
        },
        after: {
          stageId: target.id,
          stage: target.name,
          lostReasonId: lost ? lostReasonId : null,
          lostNote: lost ? (lostNote ?? null) : null,
        },
      })
      await DealStageHistory.query({ client })
        .where('dealId', deal.id)
        .whereNull('exitedAt')
        .update({ exited_at: now.toJSDate() })
      await DealStageHistory.create(
        { dealId: deal.id, stageId: target.id, actorId: actor?.id ?? null, enteredAt: now },
        { client }
      )
      await DealActivity.record(client, {
        dealId: deal.id,
        kind: 'stage_change',
        actorId: actor?.id ?? null,
        meta: {
          from: deal.stage.id,
          to: target.id,
          fromName: deal.stage.name,
          toName: target.name,
          lostReasonId: lostReasonId ?? null,
        },
        body: lostNote ?? null,
        occurredAt: now,
        createdAt: now,
      })
      if (deal.interestId) {
        await new UpdateInterestStatus().handle({
          trx: client,
          interestId: deal.interestId,
          status: publicInterestStatus(target),
        })
      }
      await deal.refresh()
      return deal
    }

    if (trx) {
      const moved = await move(trx)
      // The board hears of the move only once the caller's transaction holds it.
      trx.after('commit', () => announceBoardChange(moved.pipelineId, subscriberId))
      return moved
    }
    const moved = await db.transaction(move)
    announceBoardChange(moved.pipelineId, subscriberId)
    return moved
  }
}
