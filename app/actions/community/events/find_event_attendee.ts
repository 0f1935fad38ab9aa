import EventAttendee from '#models/event_attendee'

/** The attendee a follow-up e-mail's opt-out link names, with the event (404 when missing). */
export default class FindEventAttendee {
  handle(id: number | string) {
    return EventAttendee.query().where('id', id).preload('event').firstOrFail()
  }
}
