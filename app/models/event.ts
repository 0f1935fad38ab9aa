import { EventSchema } from '#database/schema'
import { belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import Country from '#models/country'
import EventAttendee from '#models/event_attendee'
import Deal from '#models/deal'

/** A diaspora conference or roadshow stop (Vienna, Zurich, Munich…) staff organise. */
export default class Event extends EventSchema {
  @belongsTo(() => Country)
  declare country: BelongsTo<typeof Country>

  @hasMany(() => EventAttendee)
  declare attendees: HasMany<typeof EventAttendee>

  @hasMany(() => Deal, { foreignKey: 'sourceEventId' })
  declare deals: HasMany<typeof Deal>
}
