import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import BuildReports from '#actions/deals/build_reports'

const periodValidator = vine.create({
  pipeline: vine.string().trim().maxLength(120).optional(),
  from: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  to: vine
    .date({ formats: ['YYYY-MM-DD'] })
    .afterOrSameAs('from')
    .optional(),
})

/** CRM reports over a chosen period. */
export default class ReportsController {
  async index({ request, inertia }: HttpContext) {
    const [errors, period] = await periodValidator.tryValidate(request.qs())
    return inertia.render('deals/reports', {
      ...(await new BuildReports().handle(period ?? {})),
      periodInvalid: Boolean(errors),
    })
  }
}
