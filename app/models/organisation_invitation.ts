import { DateTime } from 'luxon'
import { OrganisationInvitationSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Organisation from '#models/organisation'
import User from '#models/user'

export default class OrganisationInvitation extends OrganisationInvitationSchema {
  @belongsTo(() => Organisation)
  declare organisation: BelongsTo<typeof Organisation>

  @belongsTo(() => User, { foreignKey: 'invitedById' })
  declare invitedBy: BelongsTo<typeof User>

  get isUsable() {
    return this.acceptedAt === null && this.expiresAt > DateTime.now()
  }
}
