import { PipelineStageSchema } from '#database/schema'

export default class PipelineStage extends PipelineStageSchema {
  get isClosing() {
    return this.kind !== 'open'
  }
}
