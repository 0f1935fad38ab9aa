import { OpportunityDocumentSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Opportunity from '#models/opportunity'

export default class OpportunityDocument extends OpportunityDocumentSchema {
  @belongsTo(() => Opportunity)
  declare opportunity: BelongsTo<typeof Opportunity>

  get isDataRoom() {
    return this.kind === 'data_room'
  }

  /** Revoked: gone from the room (410 to investors), kept for the partner's record. */
  get isRevoked() {
    return this.revokedAt !== null
  }

  get isPdf() {
    return this.mimeType === 'application/pdf'
  }
}
