import type { HttpContext } from '@adonisjs/core/http'
import UserTransformer from '#transformers/user_transformer'
import LostReasonTransformer from '#transformers/lost_reason_transformer'
import LoadPipelineBoard from '#actions/deals/load_pipeline_board'
import { boardFiltersValidator } from '#validators/deal'
import ReferenceData from '#services/reference_data'

/** The kanban board of a pipeline. */
export default class PipelineController {
  async index({ request, inertia, auth }: HttpContext) {
    // Bad filter values are ignored rather than fatal: the board still shows.
    const [, filters] = await boardFiltersValidator.tryValidate(request.qs())
    const { staff, lostReasons, ...board } = await new LoadPipelineBoard().handle(filters ?? {}, {
      timeZone: auth.getUserOrFail().timeZone,
    })
    return inertia.render('deals/pipeline', {
      ...board,
      filters: filters ?? {},
      staff: UserTransformer.transform(staff),
      lostReasons: LostReasonTransformer.transform(lostReasons),
      sectors: await ReferenceData.sectors(),
      municipalities: await ReferenceData.municipalities(),
    })
  }
}
