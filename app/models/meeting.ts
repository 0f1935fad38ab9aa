import { MeetingSchema } from '#database/schema'
import { belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import Deal from '#models/deal'
import User from '#models/user'
import MeetingSlot from '#models/meeting_slot'
import MeetingParticipant from '#models/meeting_participant'

/**
 * A meeting staff propose on a deal: where, how long, and 2–3 candidate times until an
 * invitee picks one (then `startsAt` is set and the meeting is confirmed).
 */
export default class Meeting extends MeetingSchema {
  @belongsTo(() => Deal)
  declare deal: BelongsTo<typeof Deal>

  @belongsTo(() => User, { foreignKey: 'proposedById' })
  declare proposedBy: BelongsTo<typeof User>

  @hasMany(() => MeetingSlot)
  declare slots: HasMany<typeof MeetingSlot>

  @hasMany(() => MeetingParticipant)
  declare participants: HasMany<typeof MeetingParticipant>

  get endsAt() {
    return this.startsAt?.plus({ minutes: this.durationMinutes }) ?? null
  }

  /** The iCalendar UID: every update and the cancellation name the same event. */
  get calendarUid() {
    return `meeting-${this.id}@most`
  }
}
