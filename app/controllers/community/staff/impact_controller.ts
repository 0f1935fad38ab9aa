import type { HttpContext } from '@adonisjs/core/http'
import BuildImpactReport from '#actions/deals/aftercare/build_impact_report'

/** The impact report: what won deals achieved, and what each event brought in. */
export default class ImpactController {
  async index({ inertia }: HttpContext) {
    return inertia.render('community/impact/staff/index', await new BuildImpactReport().handle())
  }
}
