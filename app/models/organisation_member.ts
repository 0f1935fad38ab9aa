import { OrganisationMemberSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import Organisation from '#models/organisation'

export default class OrganisationMember extends OrganisationMemberSchema {
  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  @belongsTo(() => Organisation)
  declare organisation: BelongsTo<typeof Organisation>

  /** The organisation a partner acts for (their first membership). */
  static currentFor(userId: number) {
    return this.query().where('userId', userId).preload('organisation').orderBy('id').firstOrFail()
  }
}
