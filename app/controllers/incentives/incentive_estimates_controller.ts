import type { HttpContext } from '@adonisjs/core/http'
import FindOpportunity from '#actions/opportunities/find_opportunity'
import EstimateIncentives from '#actions/incentives/estimate_incentives'
import { investmentPlanValidator } from '#validators/incentive'

/**
 * "What it costs after incentives" on a listing: the investor's plan in the query string,
 * the applicable state incentives and a 10-year cash view back as JSON (422 on bad input).
 */
export default class IncentiveEstimatesController {
  async show({ params, request, bouncer }: HttpContext) {
    const opportunity = await new FindOpportunity().handle({ slug: params.slug })
    await bouncer.with('OpportunityPolicy').authorize('view', opportunity)
    const plan = await request.validateUsing(investmentPlanValidator, { data: request.qs() })
    return new EstimateIncentives().handle({ opportunity, plan })
  }
}
