import Contact from '#models/contact'
import type { ContactKind } from '#enums/crm'

export const CONTACTS_PER_PAGE = 25

/** The CRM's people by name, searched and filtered by kind, a page at a time. */
export default class ListContacts {
  async handle(filters: { q?: string; kind?: ContactKind; page?: number }) {
    const query = Contact.query()
      .withScopes((scopes) => scopes.live())
      .preload('owner')
      .preload('organisation')
      .withCount('deals', (deals) => deals.as('deals_count'))
      .orderBy('fullName')
      .orderBy('id')
    if (filters.q) query.withScopes((scopes) => scopes.search(filters.q!))
    if (filters.kind) query.where('kind', filters.kind)
    return query.paginate(filters.page ?? 1, CONTACTS_PER_PAGE)
  }
}
