import type { HttpContext } from '@adonisjs/core/http'
import ListContacts from '#actions/deals/contacts/list_contacts'
import ShowContact from '#actions/deals/contacts/show_contact'
import ContactTransformer from '#transformers/contact_transformer'
import DealActivityTransformer from '#transformers/deal_activity_transformer'
import DealTransformer from '#transformers/deal_transformer'
import InquiryTransformer from '#transformers/inquiry_transformer'
import InterestTransformer from '#transformers/interest_transformer'
import AuditEntryTransformer from '#transformers/audit_entry_transformer'
import InboundMailTransformer from '#transformers/inbound_mail_transformer'
import { contactFiltersValidator } from '#validators/contact'

/**
 * The CRM's people: a searchable list and one person's deals, questions, timeline,
 * interests and merges (a merged-away record shows whom it became).
 */
export default class ContactsController {
  async index({ request, inertia, bouncer }: HttpContext) {
    await bouncer.with('ContactPolicy').authorize('viewList')
    const filters = await contactFiltersValidator.validate(request.qs())
    const page = await new ListContacts().handle(filters)
    return inertia.render('deals/contacts/index', {
      contacts: ContactTransformer.transform(page.all()),
      meta: { currentPage: page.currentPage, lastPage: page.lastPage, total: page.total },
      filters: { q: filters.q ?? '', kind: filters.kind ?? '' },
    })
  }

  async show({ params, inertia, bouncer }: HttpContext) {
    await bouncer.with('ContactPolicy').authorize('view')
    const { contact, deals, timeline, interests, consentsCount, merges, mail } =
      await new ShowContact().handle(params.id)
    return inertia.render('deals/contacts/show', {
      contact: ContactTransformer.transform(contact).useVariant('withMerged'),
      interests: InterestTransformer.transform(interests),
      consentsCount,
      merges: AuditEntryTransformer.transform(merges),
      deals: DealTransformer.transform(deals).useVariant('forContact'),
      inquiries: InquiryTransformer.transform(contact.inquiries),
      timeline: DealActivityTransformer.transform(timeline),
      mail: InboundMailTransformer.transform(mail),
    })
  }
}
