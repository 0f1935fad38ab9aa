import { DocumentDownloadSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import OpportunityDocument from '#models/opportunity_document'
import User from '#models/user'

/** Who opened which data-room document, and when: partners see this log. */
export default class DocumentDownload extends DocumentDownloadSchema {
  @belongsTo(() => OpportunityDocument, { foreignKey: 'documentId' })
  declare document: BelongsTo<typeof OpportunityDocument>

  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>
}
