import { InboundMailAttachmentSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import InboundMail from '#models/inbound_mail'

/** A file that came with a received e-mail: kept in Drive, or listed as refused. */
export default class InboundMailAttachment extends InboundMailAttachmentSchema {
  @belongsTo(() => InboundMail)
  declare inboundMail: BelongsTo<typeof InboundMail>

  get isKept() {
    return this.filePath !== null
  }
}
