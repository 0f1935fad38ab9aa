import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Deal from '#models/deal'
import PipelineStage from '#models/pipeline_stage'
import { UserFactory } from '#database/factories/user_factory'

/** A stage of a pipeline (the Investments one unless `pipeline` says otherwise), by key. */
export async function pipelineStage(key: string, pipeline = 'investments') {
  return PipelineStage.query()
    .whereIn('pipelineId', db.from('pipelines').where('slug', pipeline).select('id'))
    .where('key', key)
    .firstOrFail()
}

/**
 * An open deal just entered into the Investments pipeline's first stage ("new"), for a new
 * investor unless `more` names one.
 */
export async function openDeal(
  ownerId: number | null,
  title: string,
  more: { valueEur?: number; investorId?: number; opportunityId?: number } = {}
) {
  const stage = await pipelineStage('new')
  return Deal.create({
    pipelineId: stage.pipelineId,
    stageId: stage.id,
    ownerId,
    title,
    valueEur: 100_000,
    stageEnteredAt: DateTime.now(),
    ...more,
    investorId: more.investorId ?? (await UserFactory.create()).id,
  })
}

/** A deal in the investments pipeline's first stage, with an investor and a staff owner. */
export async function dealWithOwner() {
  const owner = await UserFactory.apply('staff').create()
  const investor = await UserFactory.create()
  const deal = await openDeal(owner.id, 'Cold storage in Pirot', {
    valueEur: 150_000,
    investorId: investor.id,
  })
  return { owner, investor, deal }
}
