import type Pipeline from '#models/pipeline'
import { BaseTransformer } from '@adonisjs/core/transformers'
import PipelineStageTransformer from '#transformers/pipeline_stage_transformer'

/** A pipeline with its stages, as admins shape it in the pipeline settings. */
export default class PipelineTransformer extends BaseTransformer<Pipeline> {
  toObject() {
    return {
      ...this.pick(this.resource, ['id', 'slug', 'name']),
      stages: PipelineStageTransformer.transform(this.resource.stages).useVariant('forSettings'),
    }
  }
}
