import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Deal from '#models/deal'
import PipelineStage from '#models/pipeline_stage'
import { UserFactory } from '#database/factories/user_factory'

/** A deal in the investments pipeline's first stage, with an investor and a staff owner. */
export async function dealWithOwner() {
  const owner = await UserFactory.apply('staff').create()
  const investor = await UserFactory.create()
  const stage = await PipelineStage.query()
    .whereIn('pipelineId', db.from('pipelines').where('slug', 'investments').select('id'))
    .where('key', 'new')
    .firstOrFail()
  const deal = await Deal.create({
    pipelineId: stage.pipelineId,
    stageId: stage.id,
    investorId: investor.id,
    ownerId: owner.id,
    title: 'Cold storage in Pirot',
    valueEur: 150_000,
    stageEnteredAt: DateTime.now(),
  })
  return { owner, investor, deal }
}
