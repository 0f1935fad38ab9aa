import { MeetingParticipantSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import Meeting from '#models/meeting'

/** An invitee of a meeting: the deal's investor or the listing's partner contact. */
export default class MeetingParticipant extends MeetingParticipantSchema {
  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  @belongsTo(() => Meeting)
  declare meeting: BelongsTo<typeof Meeting>

  /** Their zone: the account's current choice when they have one, else the one invited with. */
  get zone() {
    return this.user?.timeZone ?? this.timeZone
  }
}
