import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Contact from '#models/contact'
import type User from '#models/user'

/** Two hand-offs for the same address take turns, so a person is never two contacts. */
export async function lockContactEmail(trx: TransactionClientContract, email: string) {
  await trx.rawQuery('SELECT pg_advisory_xact_lock(hashtext(?))', [
    `most:contact:${email.toLowerCase()}`,
  ])
}

/**
 * The account's contact: found by user, else the contact with the same e-mail is
 * linked to the account (an earlier inquiry), else a new one. The account's name and
 * e-mail win, and an existing personal assistant stays.
 */
export default class LinkUserContact {
  async handle({
    user,
    ownerId,
    trx,
  }: {
    user: User
    ownerId: number | null
    trx: TransactionClientContract
  }) {
    await lockContactEmail(trx, user.email)
    const found =
      (await Contact.query({ client: trx }).where('userId', user.id).forUpdate().first()) ??
      (await Contact.byEmail(user.email, trx).whereNull('userId').forUpdate().first())
    // A merged-away contact hands over to the one it became, whose name and e-mail stay.
    if (found && found.mergedIntoId !== null) {
      const current = await Contact.current(found, trx)
      if (current.userId === null && found.userId === null) {
        current.useTransaction(trx)
        current.userId = user.id
        await current.save()
      }
      return current
    }
    const contact = found ?? new Contact()
    contact.useTransaction(trx)
    contact.merge({ userId: user.id, fullName: user.fullName, email: user.email })
    if (!contact.$isPersisted) contact.locale = user.locale
    // An inquirer who opens an account becomes what the account is.
    if (!contact.$isPersisted || contact.kind === 'inquirer')
      contact.kind = Contact.kindFor(user.role)
    if (contact.ownerId === null || contact.ownerId === undefined) contact.ownerId = ownerId
    await contact.save()
    return contact
  }
}
