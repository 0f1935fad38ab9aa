import type { HttpContext } from '@adonisjs/core/http'
import Pipeline from '#models/pipeline'
import PipelineStage from '#models/pipeline_stage'
import LostReason from '#models/lost_reason'
import UpdateStage from '#actions/deals/pipelines/update_stage'
import AddStage from '#actions/deals/pipelines/add_stage'
import MoveStage from '#actions/deals/pipelines/move_stage'
import CreatePipeline from '#actions/deals/pipelines/create_pipeline'
import AddLostReason from '#actions/deals/pipelines/add_lost_reason'
import ToggleLostReason from '#actions/deals/pipelines/toggle_lost_reason'
import {
  addStageValidator,
  createPipelineValidator,
  lostReasonValidator,
  moveStageValidator,
  updateStageValidator,
} from '#validators/pipeline'

/** Admins shape the pipelines (stages, probabilities, stale thresholds) and lost reasons. */
export default class PipelineSettingsController {
  async index({ inertia }: HttpContext) {
    const pipelines = await Pipeline.query()
      .preload('stages', (stages) => stages.orderBy('position'))
      .orderBy('position')
    const lostReasons = await LostReason.query().orderBy('position').orderBy('id')
    return inertia.render('deals/settings', {
      pipelines: pipelines.map((pipeline) => ({
        id: pipeline.id,
        slug: pipeline.slug,
        name: pipeline.name,
        stages: pipeline.stages.map((stage) => ({
          id: stage.id,
          key: stage.key,
          name: stage.name,
          customName: stage.customName,
          kind: stage.kind,
          winProbability: stage.winProbability,
          staleAfterDays: stage.staleAfterDays,
        })),
      })),
      lostReasons: lostReasons.map(({ id, key, name, active }) => ({ id, key, name, active })),
    })
  }

  async updateStage({ params, request, response, session, i18n, auth }: HttpContext) {
    const stage = await PipelineStage.findOrFail(params.id)
    const data = await request.validateUsing(updateStageValidator)
    await new UpdateStage().handle({ stage, actor: auth.getUserOrFail(), data })
    session.flash('success', i18n.t('deals.settings.saved'))
    return response.redirect().back()
  }

  async addStage({ params, request, response, session, i18n, auth }: HttpContext) {
    const pipeline = await Pipeline.findOrFail(params.id)
    const data = await request.validateUsing(addStageValidator)
    await new AddStage().handle({ pipeline, actor: auth.getUserOrFail(), data })
    session.flash('success', i18n.t('deals.settings.saved'))
    return response.redirect().back()
  }

  async moveStage({ params, request, response, auth }: HttpContext) {
    const { direction } = await request.validateUsing(moveStageValidator)
    await new MoveStage().handle({
      stageId: Number(params.id),
      direction,
      actor: auth.getUserOrFail(),
    })
    return response.redirect().back()
  }

  async createPipeline({ request, response, session, i18n, auth }: HttpContext) {
    const { name } = await request.validateUsing(createPipelineValidator)
    await new CreatePipeline().handle({ name, actor: auth.getUserOrFail() })
    session.flash('success', i18n.t('deals.settings.pipeline_created', { name }))
    return response.redirect().back()
  }

  async addLostReason({ request, response, session, i18n, auth }: HttpContext) {
    const { name } = await request.validateUsing(lostReasonValidator)
    await new AddLostReason().handle({ name, actor: auth.getUserOrFail() })
    session.flash('success', i18n.t('deals.settings.saved'))
    return response.redirect().back()
  }

  async toggleLostReason({ params, response, auth }: HttpContext) {
    const reason = await LostReason.findOrFail(params.id)
    await new ToggleLostReason().handle({ reason, actor: auth.getUserOrFail() })
    return response.redirect().back()
  }
}
