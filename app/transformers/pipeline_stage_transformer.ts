import type PipelineStage from '#models/pipeline_stage'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** A column of a pipeline, as a deal's stage picker shows it. */
export default class PipelineStageTransformer extends BaseTransformer<PipelineStage> {
  toObject() {
    return this.pick(this.resource, ['id', 'key', 'name', 'customName', 'kind'])
  }

  /** The pipeline settings also edit the probability and the stale threshold. */
  forSettings() {
    return {
      ...this.toObject(),
      ...this.pick(this.resource, ['winProbability', 'staleAfterDays']),
    }
  }
}
