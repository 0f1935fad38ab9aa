import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import UserTransformer from '#transformers/user_transformer'
import ListDeals from '#actions/deals/list_deals'
import { boardFiltersValidator, dealStatusFilterValidator } from '#validators/deal'
import ReferenceData from '#services/reference_data'
import { toCsv } from '#services/csv'

/** The deals as a list with the board's filters, and the same list as CSV. */
export default class DealListController {
  async index({ request, inertia }: HttpContext) {
    const filters = await this.filters(request)
    const list = await new ListDeals().handle(filters)
    return inertia.render('deals/index', {
      ...list,
      filters,
      staff: UserTransformer.transform(
        await User.query().where('role', 'staff').orderBy('fullName')
      ),
      sectors: await ReferenceData.sectors(),
      municipalities: await ReferenceData.municipalities(),
    })
  }

  async export({ request, response }: HttpContext) {
    const { deals, pipeline } = await new ListDeals().handle(await this.filters(request))
    const header = [
      'id',
      'title',
      'stage',
      'value_eur',
      'weighted_eur',
      'investor',
      'investor_email',
      'owner',
      'municipality',
      'created_at',
      'in_stage_since',
      'stale',
      'closed_at',
      'lost_reason',
    ]
    const rows = deals.map((deal) => [
      deal.id,
      deal.title,
      deal.stage.name,
      deal.valueEur,
      deal.weightedEur,
      deal.investorName,
      deal.investorEmail,
      deal.ownerName,
      deal.municipality,
      deal.createdAt,
      deal.stageEnteredAt,
      deal.stale ? 'yes' : 'no',
      deal.closedAt,
      deal.lostReason,
    ])
    response.header('content-type', 'text/csv; charset=utf-8')
    response.header('content-disposition', `attachment; filename="deals-${pipeline.slug}.csv"`)
    return toCsv(header, rows)
  }

  private async filters(request: HttpContext['request']) {
    const [, filters] = await boardFiltersValidator.tryValidate(request.qs())
    const [, status] = await dealStatusFilterValidator.tryValidate(request.qs())
    return { ...(filters ?? {}), status: status?.status }
  }
}
