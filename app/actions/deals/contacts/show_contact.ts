import Contact from '#models/contact'
import Deal from '#models/deal'
import DealActivity from '#models/deal_activity'

/** One person of the CRM: their questions, their deals and one timeline across those deals. */
export default class ShowContact {
  async handle(id: number) {
    const contact = await Contact.query()
      .where('id', id)
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
    // Newest first across all of the person's deals.
    const timeline = await DealActivity.query()
      .whereIn(
        'dealId',
        deals.map((deal) => deal.id)
      )
      .preload('actor')
      .orderBy('occurredAt', 'desc')
      .orderBy('id', 'desc')
      .limit(200)
    return { contact, deals, timeline }
  }
}
