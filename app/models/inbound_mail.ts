import { InboundMailSchema } from '#database/schema'
import { belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import Deal from '#models/deal'
import Contact from '#models/contact'
import User from '#models/user'
import InboundMailAttachment from '#models/inbound_mail_attachment'

/**
 * One e-mail received at the inbound domain (a reply to a deal, a staff member's filing, or
 * a mail kept aside as unmatched). Its text is stored as text: mail HTML is never kept.
 */
export default class InboundMail extends InboundMailSchema {
  @belongsTo(() => Deal)
  declare deal: BelongsTo<typeof Deal>

  @belongsTo(() => Contact)
  declare contact: BelongsTo<typeof Contact>

  @belongsTo(() => User, { foreignKey: 'filedById' })
  declare filedBy: BelongsTo<typeof User>

  @hasMany(() => InboundMailAttachment)
  declare attachments: HasMany<typeof InboundMailAttachment>

  get isUnmatched() {
    return this.status === 'unmatched'
  }
}
