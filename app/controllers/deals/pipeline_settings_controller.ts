import type { HttpContext } from '@adonisjs/core/http'
import PipelineTransformer from '#transformers/pipeline_transformer'
import LostReasonTransformer from '#transformers/lost_reason_transformer'
import LoadPipelineSettings from '#actions/deals/pipelines/load_pipeline_settings'
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
    const { pipelines, lostReasons } = await new LoadPipelineSettings().handle()
    return inertia.render('deals/settings', {
      pipelines: PipelineTransformer.transform(pipelines),
      lostReasons: LostReasonTransformer.transform(lostReasons).useVariant('forSettings'),
    })
  }

  async updateStage({ params, request, response, session, i18n, auth }: HttpContext) {
    const data = await request.validateUsing(updateStageValidator)
    await new UpdateStage().handle({ stageId: params.id, actor: auth.getUserOrFail(), data })
    session.flash('success', i18n.t('deals.settings.saved'))
    return response.redirect().back()
  }

  async addStage({ params, request, response, session, i18n, auth }: HttpContext) {
    const data = await request.validateUsing(addStageValidator)
    await new AddStage().handle({ pipelineId: params.id, actor: auth.getUserOrFail(), data })
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
    await new ToggleLostReason().handle({ reasonId: params.id, actor: auth.getUserOrFail() })
    return response.redirect().back()
  }
}
