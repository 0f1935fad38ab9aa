import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Contact from '#models/contact'
import User from '#models/user'
import LinkUserContact, { lockContactEmail } from '#actions/deals/contacts/link_user_contact'

/**
 * The CRM contact a form's e-mail belongs to, locked for this transaction: the existing
 * one, the one linked to an account with that e-mail, or a new inquirer (not saved yet:
 * the caller fills in what the form adds, then saves).
 */
export default class ContactForEmail {
  async handle({ email, trx }: { email: string; trx: TransactionClientContract }) {
    await lockContactEmail(trx, email)
    const contact = await Contact.byEmail(email, trx).forUpdate().first()
    // A merged-away contact's address reaches the contact it became.
    if (contact) return Contact.current(contact, trx)
    const user = await User.query({ client: trx })
      .whereRaw('lower(email) = lower(?)', [email])
      .first()
    return user
      ? new LinkUserContact().handle({ user, ownerId: null, trx })
      : new Contact().merge({ email, kind: 'inquirer' })
  }
}
