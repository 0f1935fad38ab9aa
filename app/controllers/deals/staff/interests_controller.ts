import type { HttpContext } from '@adonisjs/core/http'
import ListStaffInterests from '#actions/deals/interests/list_staff_interests'
import InterestTransformer from '#transformers/interest_transformer'
import { staffInterestsValidator } from '#validators/opportunity'

/** Every interest investors expressed, newest first, until the CRM pipeline takes them over. */
export default class InterestsController {
  async index({ inertia, request }: HttpContext) {
    const { page: pageNumber = 1 } = await request.validateUsing(staffInterestsValidator)
    const page = await new ListStaffInterests().handle(pageNumber)
    return inertia.render('deals/staff/interests', {
      interests: InterestTransformer.paginate(page.all(), page.getMeta())
        .useVariant('forStaff')
        .depth(2),
    })
  }
}
