import type { HttpContext } from '@adonisjs/core/http'
import Contact from '#models/contact'
import Deal from '#models/deal'
import DealActivity from '#models/deal_activity'
import ContactTransformer from '#transformers/contact_transformer'
import DealActivityTransformer from '#transformers/deal_activity_transformer'
import { contactFiltersValidator } from '#validators/contact'

const PER_PAGE = 25

/** The CRM's people: a searchable list and one person's deals, questions and timeline. */
export default class ContactsController {
  async index({ request, inertia, bouncer }: HttpContext) {
    await bouncer.with('ContactPolicy').authorize('viewList')
    const filters = await contactFiltersValidator.validate(request.qs())
    const query = Contact.query()
      .preload('owner')
      .preload('organisation')
      .withCount('deals', (deals) => deals.as('deals_count'))
      .orderBy('fullName')
      .orderBy('id')
    if (filters.q) query.withScopes((scopes) => scopes.search(filters.q!))
    if (filters.kind) query.where('kind', filters.kind)
    const page = await query.paginate(filters.page ?? 1, PER_PAGE)
    return inertia.render('deals/contacts/index', {
      contacts: ContactTransformer.transform(page.all()),
      meta: { currentPage: page.currentPage, lastPage: page.lastPage, total: page.total },
      filters: { q: filters.q ?? '', kind: filters.kind ?? '' },
    })
  }

  async show({ params, inertia, bouncer }: HttpContext) {
    await bouncer.with('ContactPolicy').authorize('view')
    const contact = await Contact.query()
      .where('id', params.id)
      .preload('owner')
      .preload('organisation')
      .preload('inquiries', (inquiries) => inquiries.orderBy('createdAt', 'desc'))
      .firstOrFail()
    const deals = await Deal.query()
      .where('contactId', contact.id)
      .preload('stage')
      .preload('pipeline')
      .preload('owner')
      .orderBy('createdAt', 'desc')
    // One timeline across all of the person's deals, newest first.
    const timeline = await DealActivity.query()
      .whereIn(
        'dealId',
        deals.map((deal) => deal.id)
      )
      .preload('actor')
      .orderBy('occurredAt', 'desc')
      .orderBy('id', 'desc')
      .limit(200)
    return inertia.render('deals/contacts/show', {
      contact: ContactTransformer.transform(contact),
      deals: deals.map((deal) => ({
        id: deal.id,
        title: deal.title,
        valueEur: deal.valueEur,
        closedAt: deal.closedAt?.toISO() ?? null,
        pipeline: deal.pipeline.name,
        stage: { key: deal.stage.key, name: deal.stage.name, customName: deal.stage.customName },
        ownerName: deal.owner?.fullName ?? null,
      })),
      inquiries: contact.inquiries.map((inquiry) => ({
        id: inquiry.id,
        question: inquiry.question,
        dealId: inquiry.dealId,
        createdAt: inquiry.createdAt.toISO(),
      })),
      timeline: DealActivityTransformer.transform(timeline),
    })
  }
}
