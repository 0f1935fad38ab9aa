import { ContactSchema } from '#database/schema'
import { belongsTo, hasMany, scope } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { ContactKind } from '#enums/crm'
import type { UserRole } from '#enums/user_role'
import User from '#models/user'
import Organisation from '#models/organisation'
import Deal from '#models/deal'
import Inquiry from '#models/inquiry'

/**
 * A person the CRM looks after: an investor, a partner contact or someone who asked a
 * question through the public form. `userId` links the account when there is one.
 */
export default class Contact extends ContactSchema {
  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  @belongsTo(() => User, { foreignKey: 'ownerId' })
  declare owner: BelongsTo<typeof User>

  @belongsTo(() => Organisation)
  declare organisation: BelongsTo<typeof Organisation>

  @hasMany(() => Deal)
  declare deals: HasMany<typeof Deal>

  @hasMany(() => Inquiry)
  declare inquiries: HasMany<typeof Inquiry>

  @belongsTo(() => Contact, { foreignKey: 'mergedIntoId' })
  declare mergedInto: BelongsTo<typeof Contact>

  /** Contacts that were merged into this one (their records stay, pointing here). */
  @hasMany(() => Contact, { foreignKey: 'mergedIntoId' })
  declare mergedContacts: HasMany<typeof Contact>

  /** Contacts still in use: a merged-away record only points at the one it became. */
  static live = scope((query) => {
    query.whereNull('mergedIntoId')
  })

  /** Name, e-mail or place of birth/residence containing the term, in any case. */
  static search = scope((query, term: string) => {
    const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    query.where((q) =>
      q
        .whereILike('full_name', like)
        .orWhereILike('email', like)
        .orWhereILike('place_of_birth', like)
        .orWhereILike('place_of_residence', like)
    )
  })

  /** The contact with this e-mail, in any case. */
  static byEmail(email: string, client?: QueryClientContract) {
    return this.query({ client }).whereRaw('lower(email) = lower(?)', [email])
  }

  /** The contact in use for this one: itself, or the one it was merged into. */
  static async current(contact: Contact, client?: QueryClientContract) {
    if (contact.mergedIntoId === null) return contact
    return this.query({ client }).where('id', contact.mergedIntoId).forUpdate().firstOrFail()
  }

  /** What kind of contact an account makes. */
  static kindFor(role: UserRole): ContactKind {
    if (role === 'investor') return 'investor'
    if (role === 'partner') return 'partner_contact'
    return 'inquirer'
  }
}
