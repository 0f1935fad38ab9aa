import db from '@adonisjs/lucid/services/db'
import PipelineStage from '#models/pipeline_stage'
import type User from '#models/user'
import audit from '#services/audit'
import type { StageData } from '#validators/pipeline'

/** An admin renames a stage or changes its win probability and stale threshold. */
export default class UpdateStage {
  async handle({ stageId, actor, data }: { stageId: number; actor: User; data: StageData }) {
    const stage = await PipelineStage.findOrFail(stageId)
    await db.transaction(async (trx) => {
      stage.useTransaction(trx)
      const before = audit.snapshot(stage)
      // Closing stages (Won, Lost) keep their fixed probabilities.
      if (stage.kind === 'open') stage.winProbability = data.winProbability
      if (stage.name !== data.name) {
        stage.name = data.name
        stage.customName = true
      }
      stage.staleAfterDays = stage.kind === 'open' ? (data.staleAfterDays ?? null) : null
      await audit.saveAndRecord(trx, stage, {
        actor,
        action: 'stage.updated',
        type: 'pipeline_stage',
        before,
      })
    })
    return stage
  }
}
