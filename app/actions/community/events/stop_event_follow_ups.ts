import { DateTime } from 'luxon'
import type EventAttendee from '#models/event_attendee'

/** The attendee asked for no more e-mails about the event: the rest of the sequence is not sent. */
export default class StopEventFollowUps {
  async handle({ attendee }: { attendee: EventAttendee }) {
    if (attendee.followUpStoppedAt) return attendee
    attendee.followUpStoppedAt = DateTime.now()
    attendee.followUpStopReason = 'unsubscribed'
    await attendee.save()
    return attendee
  }
}
