import { OrganisationMemberSchema } from '#database/schema'
import { belongsTo, hasOne } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasOne } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import Organisation from '#models/organisation'
import Contact from '#models/contact'

export default class OrganisationMember extends OrganisationMemberSchema {
  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  @belongsTo(() => Organisation)
  declare organisation: BelongsTo<typeof Organisation>

  /** The member's CRM contact (the one linked to their account), if they have one. */
  @hasOne(() => Contact, { localKey: 'userId', foreignKey: 'userId' })
  declare contact: HasOne<typeof Contact>

  /**
   * Who a new listing names as its contact person until the partner changes it: the
   * member themself, with the phone their CRM contact holds, if any.
   */
  async listingContact(this: OrganisationMember) {
    await this.load((loader) => loader.load('user').load('contact'))
    return { name: this.user.fullName, email: this.user.email, phone: this.contact?.phone ?? null }
  }
}
