import { EventAttendeeSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import type { AttendeeSource, FollowUpStopReason } from '#enums/event'
import Event from '#models/event'
import Contact from '#models/contact'

/** One person (a CRM contact) on one event's list; name and e-mail live on the contact. */
export default class EventAttendee extends EventAttendeeSchema {
  declare source: AttendeeSource
  declare followUpStopReason: FollowUpStopReason | null

  @belongsTo(() => Event)
  declare event: BelongsTo<typeof Event>

  @belongsTo(() => Contact)
  declare contact: BelongsTo<typeof Contact>
}
