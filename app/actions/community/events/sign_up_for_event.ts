import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import type Event from '#models/event'
import RegisterAttendee from '#actions/community/events/register_attendee'
import type { eventSignUpValidator } from '#validators/event'

/** Someone signs up on an event's public page: they become an attendee (and a contact). */
export default class SignUpForEvent {
  async handle({ event, data }: { event: Event; data: Infer<typeof eventSignUpValidator> }) {
    return db.transaction((trx) =>
      new RegisterAttendee().handle({ event, data, source: 'signup', trx })
    )
  }
}
