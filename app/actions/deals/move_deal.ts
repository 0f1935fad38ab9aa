import { DateTime } from 'luxon'
import { Exception } from '@adonisjs/core/exceptions'
import db from '@adonisjs/lucid/services/db'
import Deal from '#models/deal'
import PipelineStage from '#models/pipeline_stage'
import type User from '#models/user'
import { fieldError } from '#exceptions/field_error'
import { publicInterestStatus } from '#actions/deals/public_interest_status'

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
  }: {
    dealId: number
    stageId: number
    lockVersion: number
    lostReasonId?: number | null
    lostNote?: string | null
    actor: User
  }) {
    return db.transaction(async (trx) => {
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
      await trx
        .from('deal_stage_history')
        .where('deal_id', deal.id)
        .whereNull('exited_at')
        .update({ exited_at: now.toJSDate() })
      await trx.table('deal_stage_history').insert({
        deal_id: deal.id,
        stage_id: target.id,
        actor_id: actor.id,
        entered_at: now.toJSDate(),
      })
      await trx.table('deal_activities').insert({
        deal_id: deal.id,
        kind: 'stage_change',
        actor_id: actor.id,
        meta: JSON.stringify({
          from: deal.stage.id,
          to: target.id,
          lostReasonId: lostReasonId ?? null,
        }),
        body: lostNote ?? null,
        occurred_at: now.toJSDate(),
        created_at: now.toJSDate(),
      })
      if (deal.interestId) {
        await trx
          .from('interests')
          .where('id', deal.interestId)
          .update({ status: publicInterestStatus(target) })
      }
      await deal.refresh()
      return deal
    })
  }
}
