import type PipelineStage from '#models/pipeline_stage'

/** An admin renames a stage or changes its win probability and stale threshold. */
export default class UpdateStage {
  async handle({
    stage,
    data,
  }: {
    stage: PipelineStage
    data: { name: string; winProbability: number; staleAfterDays?: number | null }
  }) {
    // Closing stages (Won, Lost) keep their fixed probabilities.
    if (stage.kind === 'open') stage.winProbability = data.winProbability
    if (stage.name !== data.name) {
      stage.name = data.name
      stage.customName = true
    }
    stage.staleAfterDays = stage.kind === 'open' ? (data.staleAfterDays ?? null) : null
    await stage.save()
    return stage
  }
}
