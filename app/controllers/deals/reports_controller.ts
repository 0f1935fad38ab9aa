import type { HttpContext } from '@adonisjs/core/http'
import BuildReports from '#actions/deals/build_reports'
import { reportPeriodValidator } from '#validators/deal'

/** CRM reports over a chosen period. */
export default class ReportsController {
  async index({ request, inertia }: HttpContext) {
    const [errors, period] = await reportPeriodValidator.tryValidate(request.qs())
    return inertia.render('deals/reports', {
      ...(await new BuildReports().handle(period ?? {})),
      periodInvalid: Boolean(errors),
    })
  }
}
