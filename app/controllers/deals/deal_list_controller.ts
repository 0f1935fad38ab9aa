import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import User from '#models/user'
import UserTransformer from '#transformers/user_transformer'
import ListDeals from '#actions/deals/list_deals'
import { boardFiltersValidator } from '#validators/deal'
import ReferenceData from '#services/reference_data'

const statusValidator = vine.create({ status: vine.enum(['open', 'closed'] as const).optional() })

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
    const lines = deals.map((deal) =>
      [
        deal.id,
        deal.title,
        deal.stage.name,
        deal.valueEur,
        deal.weightedEur,
        deal.investorName,
        deal.investorEmail,
        deal.ownerName ?? '',
        deal.municipality ?? '',
        deal.createdAt,
        deal.stageEnteredAt,
        deal.stale ? 'yes' : 'no',
        deal.closedAt ?? '',
        deal.lostReason ?? '',
      ]
        .map(csvCell)
        .join(',')
    )
    response.header('content-type', 'text/csv; charset=utf-8')
    response.header('content-disposition', `attachment; filename="deals-${pipeline.slug}.csv"`)
    // A BOM so spreadsheet programs read Serbian letters as UTF-8.
    return '\uFEFF' + [header.join(','), ...lines].join('\r\n') + '\r\n'
  }

  private async filters(request: HttpContext['request']) {
    const [, filters] = await boardFiltersValidator.tryValidate(request.qs())
    const [, status] = await statusValidator.tryValidate(request.qs())
    return { ...(filters ?? {}), status: status?.status }
  }
}

/** RFC 4180 quoting; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula. */
function csvCell(value: string | number) {
  let text = String(value)
  if (/^[=+\-@]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
