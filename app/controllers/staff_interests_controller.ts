import type { HttpContext } from '@adonisjs/core/http'
import Interest from '#models/interest'
import InterestTransformer from '#transformers/interest_transformer'

/** Every interest investors expressed, newest first, until the CRM pipeline takes them over. */
export default class StaffInterestsController {
  async index({ inertia, request }: HttpContext) {
    const page = await Interest.query()
      .preload('investor')
      .preload('opportunity', (opportunity) =>
        opportunity.preload('municipality').preload('organisation')
      )
      .orderBy('updatedAt', 'desc')
      .paginate(request.input('page', 1), 50)
    return inertia.render('staff/interests', {
      interests: InterestTransformer.paginate(page.all(), page.getMeta())
        .useVariant('forStaff')
        .depth(2),
    })
  }
}
