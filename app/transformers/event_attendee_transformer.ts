import type EventAttendee from '#models/event_attendee'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** An attendee on the staff event page. */
export default class EventAttendeeTransformer extends BaseTransformer<EventAttendee> {
  toObject() {
    const attendee = this.resource
    return {
      ...this.pick(attendee, [
        'id',
        'countryOfResidence',
        'placeOfBirth',
        'source',
        'followUpStoppedAt',
        'followUpStopReason',
        'createdAt',
      ]),
      contact: {
        id: attendee.contact.id,
        fullName: attendee.contact.fullName,
        email: attendee.contact.email,
      },
    }
  }
}
