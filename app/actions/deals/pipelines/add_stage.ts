import db from '@adonisjs/lucid/services/db'
import PipelineStage from '#models/pipeline_stage'
import Pipeline from '#models/pipeline'
import type User from '#models/user'
import audit from '#services/audit'
import type { StageData } from '#validators/pipeline'

/** A new open stage goes last among the open ones, just before Won and Lost. */
export default class AddStage {
  async handle({ pipelineId, actor, data }: { pipelineId: number; actor: User; data: StageData }) {
    const pipeline = await Pipeline.findOrFail(pipelineId)
    return db.transaction(async (trx) => {
      const stages = await PipelineStage.query({ client: trx })
        .where('pipelineId', pipeline.id)
        .orderBy('position')
        .forUpdate()
      const open = stages.filter((stage) => stage.kind === 'open')
      const position = (open.at(-1)?.position ?? -1) + 1
      for (const closing of stages.filter((stage) => stage.kind !== 'open')) {
        closing.useTransaction(trx)
        closing.position += 1
        await closing.save()
      }
      const stage = await PipelineStage.create(
        {
          pipelineId: pipeline.id,
          name: data.name,
          customName: true,
          kind: 'open',
          winProbability: data.winProbability,
          staleAfterDays: data.staleAfterDays ?? null,
          position,
        },
        { client: trx }
      )
      await audit.record(trx, {
        actor,
        action: 'stage.added',
        subject: audit.subject('pipeline_stage', stage),
        after: audit.snapshot(stage),
      })
      return stage
    })
  }
}
