import { DateTime } from 'luxon'
import { Exception } from '@adonisjs/core/exceptions'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import Deal from '#models/deal'
import PipelineStage from '#models/pipeline_stage'
import type User from '#models/user'
import { fieldError } from '#exceptions/field_error'
import { publicInterestStatus } from '#actions/deals/public_interest_status'
import { announceBoardChange } from '#services/live_board'
import audit from '#services/audit'

/**
 * Moves a deal to another stage of its pipeline. Optimistic locking: the caller names
 * the version it saw; if someone moved the deal meanwhile, nothing changes and a 409
 * says so. Closing stages set closed_at; Lost needs a reason from the managed list.
 * The stage history gets exact exit/entry times and the timeline a line.
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
  }: {
    dealId: number
    stageId: number
    lockVersion: number
    lostReasonId?: number | null
    lostNote?: string | null
    actor: User
    /** The mover's live-board subscriber id, which needs no notification. */
    subscriberId?: string | null
  }) {
    const moved = await db.transaction(async (trx) => {
      const deal = await Deal.query({ client: trx })
        .where('id', dealId)
        .preload('stage')
        .firstOrFail()
      const target = await PipelineStage.query({ client: trx })
        .where({ id: stageId, pipelineId: deal.pipelineId })
        .first()
      if (!target) throw fieldError('stageId', 'This stage belongs to another pipeline.')
      if (target.kind === 'lost' && !lostReasonId) {
        throw fieldError('lostReasonId', 'Choose why the deal was lost.', 'required')
      }
      if (target.id === deal.stageId) return deal

      const now = DateTime.now()
      const updated = await trx
        .from('deals')
        .where({ id: deal.id, lock_version: lockVersion })
        .update({
          stage_id: target.id,
          lock_version: lockVersion + 1,
          stage_entered_at: now.toJSDate(),
          stale_since: null,
          closed_at: target.kind === 'open' ? null : now.toJSDate(),
          lost_reason_id: target.kind === 'lost' ? lostReasonId : null,
          lost_note: target.kind === 'lost' ? (lostNote ?? null) : null,
          updated_at: now.toJSDate(),
        })
      if (Number(updated) === 0) {
        throw new Exception('Someone else moved this deal in the meantime.', {
          status: 409,
          code: 'E_DEAL_MOVED',
        })
      }
      await audit.record(trx, {
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
          lostReasonId: target.kind === 'lost' ? lostReasonId : null,
          lostNote: target.kind === 'lost' ? (lostNote ?? null) : null,
        },
      })
      await recordStageEntry(trx, {
        dealId: deal.id,
        interestId: deal.interestId,
        from: deal.stage,
        to: target,
        actorId: actor.id,
        at: now,
        lostReasonId: lostReasonId ?? null,
        note: lostNote ?? null,
      })
      await deal.refresh()
      return deal
    })
    announceBoardChange(moved.pipelineId, subscriberId)
    return moved
  }
}

/**
 * The bookkeeping of a stage change, after the deal row itself was updated: closes
 * the previous stay, opens the new one, writes the timeline line and updates what the
 * investor sees. Shared by staff moves and system moves (an accepted introduction).
 */
export async function recordStageEntry(
  trx: QueryClientContract,
  entry: {
    dealId: number
    interestId: number | null
    from: PipelineStage
    to: PipelineStage
    actorId: number | null
    at: DateTime
    lostReasonId?: number | null
    note?: string | null
  }
) {
  await trx
    .from('deal_stage_history')
    .where('deal_id', entry.dealId)
    .whereNull('exited_at')
    .update({ exited_at: entry.at.toJSDate() })
  await trx.table('deal_stage_history').insert({
    deal_id: entry.dealId,
    stage_id: entry.to.id,
    actor_id: entry.actorId,
    entered_at: entry.at.toJSDate(),
  })
  await trx.table('deal_activities').insert({
    deal_id: entry.dealId,
    kind: 'stage_change',
    actor_id: entry.actorId,
    meta: JSON.stringify({
      from: entry.from.id,
      to: entry.to.id,
      fromName: entry.from.name,
      toName: entry.to.name,
      lostReasonId: entry.lostReasonId ?? null,
    }),
    body: entry.note ?? null,
    occurred_at: entry.at.toJSDate(),
    created_at: entry.at.toJSDate(),
  })
  if (entry.interestId) {
    await trx
      .from('interests')
      .where('id', entry.interestId)
      .update({ status: publicInterestStatus(entry.to) })
  }
}
