import Contact from '#models/contact'
import Deal from '#models/deal'
import DealActivity from '#models/deal_activity'
import Interest from '#models/interest'
import AuditEntry from '#models/audit_entry'
import InboundMail from '#models/inbound_mail'
import db from '@adonisjs/lucid/services/db'

/**
 * One person of the CRM: their questions, their deals and one timeline across those
 * deals; the interests and consents of every account that is this person (their own
 * and those of contacts merged into them); the merges that made the record; and the
 * e-mails staff filed on them (BCC or forward to their filing address).
 */
export default class ShowContact {
  async handle(id: number) {
    const contact = await Contact.query()
      .where('id', id)
      .preload('owner')
      .preload('organisation')
      .preload('mergedInto')
      .preload('mergedContacts', (merged) => merged.orderBy('mergedAt', 'desc'))
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
    const userIds = [contact, ...contact.mergedContacts]
      .map((each) => each.userId)
      .filter((userId): userId is number => userId !== null)
    const interests = userIds.length
      ? await Interest.query()
          .whereIn('investorId', userIds)
          .preload('opportunity', (opportunity) => opportunity.preload('municipality'))
          .orderBy('createdAt', 'desc')
      : []
    const [consents] = userIds.length
      ? await db.from('consents').whereIn('user_id', userIds).count('* as total')
      : [{ total: 0 }]
    const merges = await AuditEntry.query()
      .where({ subjectType: 'contact', subjectId: contact.id, action: 'contact.merged' })
      .preload('actor')
      .orderBy('createdAt', 'desc')
    const mail = await InboundMail.query()
      .where('contactId', contact.id)
      .orderBy('receivedAt', 'desc')
      .limit(50)
    return {
      contact,
      deals,
      timeline,
      interests,
      consentsCount: Number(consents.total),
      merges,
      mail,
    }
  }
}
