import Pipeline from '#models/pipeline'
import LostReason from '#models/lost_reason'

/** The pipeline settings page: every pipeline with its stages in order, and every lost reason. */
export default class LoadPipelineSettings {
  async handle() {
    const pipelines = await Pipeline.query()
      .preload('stages', (stages) => stages.orderBy('position'))
      .orderBy('position')
    const lostReasons = await LostReason.query().orderBy('position').orderBy('id')
    return { pipelines, lostReasons }
  }
}
