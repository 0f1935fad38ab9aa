import Contact from '#models/contact'
import Deal from '#models/deal'
import DealActivity from '#models/deal_activity'
import InboundMail from '#models/inbound_mail'

/**
 * One person of the CRM: their questions, their deals, one timeline across those deals and
 * the e-mails staff filed on them (BCC or forward to their filing address).
 */
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
    const mail = await InboundMail.query()
      .where('contactId', contact.id)
      .orderBy('receivedAt', 'desc')
      .limit(50)
    return { contact, deals, timeline, mail }
  }
}
