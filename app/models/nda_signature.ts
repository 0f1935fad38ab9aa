import { NdaSignatureSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import NdaVersion from '#models/nda_version'
import Opportunity from '#models/opportunity'
import User from '#models/user'

/** An investor's signature of one NDA version for one listing, with its signed PDF in Drive. */
export default class NdaSignature extends NdaSignatureSchema {
  @belongsTo(() => NdaVersion)
  declare ndaVersion: BelongsTo<typeof NdaVersion>

  @belongsTo(() => Opportunity)
  declare opportunity: BelongsTo<typeof Opportunity>

  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  /** Whether the investor signed the listing's current NDA version. */
  static async signedCurrent(userId: number, opportunity: { id: number; organisationId: number }) {
    const current = await NdaVersion.current(opportunity.organisationId)
    const row = await this.query()
      .where({ userId, opportunityId: opportunity.id, ndaVersionId: current.id })
      .first()
    return Boolean(row)
  }
}
