import db from '@adonisjs/lucid/services/db'
import PipelineStage from '#models/pipeline_stage'
import type User from '#models/user'
import audit from '#services/audit'

/** Swaps an open stage with its open neighbour; Won and Lost always stay at the end. */
export default class MoveStage {
  async handle({
    stageId,
    direction,
    actor,
  }: {
    stageId: number
    direction: 'up' | 'down'
    actor: User
  }) {
    await db.transaction(async (trx) => {
      const stage = await PipelineStage.findOrFail(stageId, { client: trx })
      const open = await PipelineStage.query({ client: trx })
        .where({ pipelineId: stage.pipelineId, kind: 'open' })
        .orderBy('position')
        .forUpdate()
      const index = open.findIndex((candidate) => candidate.id === stage.id)
      const neighbour = open[direction === 'up' ? index - 1 : index + 1]
      if (index < 0 || !neighbour) return
      const position = stage.position
      stage.useTransaction(trx)
      neighbour.useTransaction(trx)
      stage.position = neighbour.position
      neighbour.position = position
      await stage.save()
      await neighbour.save()
      await audit.record(trx, {
        actor,
        action: 'stage.moved',
        subject: audit.subject('pipeline_stage', stage),
        before: { position },
        after: { position: stage.position, swappedWith: neighbour.id },
      })
    })
  }
}
