import db from '@adonisjs/lucid/services/db'
import Deal from '#models/deal'
import InboundMail from '#models/inbound_mail'

/**
 * One received mail with its attachments, and for one still unmatched the deals it may
 * belong to: open deals of people with the sender's address (the investor, the contact,
 * the partner's contact on the listing or an introduction).
 */
export default class ShowInboundMail {
  async handle(id: number) {
    const mail = await InboundMail.query()
      .where('id', id)
      .preload('attachments', (attachments) => attachments.orderBy('position'))
      .preload('deal')
      .preload('contact')
      .preload('filedBy')
      .firstOrFail()
    const suggestions = mail.isUnmatched && mail.fromAddress ? await this.suggest(mail) : []
    return { mail, suggestions }
  }

  private async suggest(mail: InboundMail) {
    const sender = mail.fromAddress
    const ids = await db
      .from('deals')
      .leftJoin('users', 'users.id', 'deals.investor_id')
      .leftJoin('contacts', 'contacts.id', 'deals.contact_id')
      .leftJoin('opportunities', 'opportunities.id', 'deals.opportunity_id')
      .where((query) =>
        query
          .whereRaw('lower(users.email) = ?', [sender])
          .orWhereRaw('lower(contacts.email) = ?', [sender])
          .orWhereRaw('lower(opportunities.contact_email) = ?', [sender])
          .orWhereExists((exists) =>
            exists
              .from('introductions')
              .whereColumn('introductions.deal_id', 'deals.id')
              .whereRaw('lower(introductions.contact_email) = ?', [sender])
          )
      )
      .orderByRaw('deals.closed_at IS NOT NULL, deals.updated_at DESC')
      .limit(10)
      .select('deals.id')
    return Deal.query()
      .whereIn(
        'id',
        ids.map((row) => row.id)
      )
      .preload('stage')
      .preload('owner')
      .orderByRaw('closed_at IS NOT NULL, updated_at DESC')
  }
}
