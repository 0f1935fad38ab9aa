import db from '@adonisjs/lucid/services/db'
import type Event from '#models/event'
import RegisterAttendee, { type AttendeeData } from '#actions/community/events/register_attendee'

/** Staff put one person on an event's list by hand, in a transaction of its own. */
export default class AddAttendee {
  handle({ event, data }: { event: Event; data: AttendeeData }) {
    return db.transaction((trx) =>
      new RegisterAttendee().handle({ event, data, source: 'staff', trx })
    )
  }
}
