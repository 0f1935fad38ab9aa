import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import LostReason from '#models/lost_reason'
import UserTransformer from '#transformers/user_transformer'
import LoadPipelineBoard from '#actions/deals/load_pipeline_board'
import { boardFiltersValidator } from '#validators/deal'
import ReferenceData from '#services/reference_data'

/** The kanban board of a pipeline. */
export default class PipelineController {
  async index({ request, inertia }: HttpContext) {
    // Bad filter values are ignored rather than fatal: the board still shows.
    const [, filters] = await boardFiltersValidator.tryValidate(request.qs())
    const board = await new LoadPipelineBoard().handle(filters ?? {})
    const staff = await User.query().where('role', 'staff').orderBy('fullName')
    const lostReasons = await LostReason.query().where('active', true).orderBy('position')
    return inertia.render('deals/pipeline', {
      ...board,
      filters: filters ?? {},
      staff: UserTransformer.transform(staff),
      lostReasons: lostReasons.map(({ id, key, name }) => ({ id, key, name })),
      sectors: await ReferenceData.sectors(),
      municipalities: await ReferenceData.municipalities(),
    })
  }
}
