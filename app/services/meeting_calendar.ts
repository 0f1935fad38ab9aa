import ical, { ICalCalendarMethod, ICalEventStatus, ICalAttendeeStatus } from 'ical-generator'
import env from '#start/env'
import type Meeting from '#models/meeting'
import { vtimezone } from '#services/vtimezone'

export type CalendarMethod = 'REQUEST' | 'CANCEL'

/**
 * The iCalendar file of a confirmed (or cancelled) meeting as one recipient receives it:
 * the times written in their own zone (TZID) with its VTIMEZONE, the same UID for every
 * version and the meeting's SEQUENCE, so calendars replace the event instead of adding one.
 */
export function meetingCalendar({
  meeting,
  method,
  zone,
  attendees,
  summary,
  description,
}: {
  meeting: Meeting
  method: CalendarMethod
  zone: string
  attendees: { name: string; email: string }[]
  summary: string
  description?: string
}) {
  const startsAt = meeting.startsAt
  if (!startsAt) throw new Error(`Meeting ${meeting.id} has no time to put in a calendar`)
  const calendar = ical({
    prodId: { company: 'Most', product: 'Meetings', language: 'EN' },
    method: method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    // No calendar-wide zone (DTSTAMP stays in UTC); the generator writes each event's zone.
    timezone: {
      name: null,
      generator: (name) =>
        vtimezone(name, { from: startsAt.minus({ years: 1 }), to: startsAt.plus({ years: 1 }) }),
    },
  })
  const event = calendar.createEvent({
    id: meeting.calendarUid,
    sequence: meeting.sequence,
    start: startsAt.toUTC(),
    end: meeting.endsAt!.toUTC(),
    timezone: zone,
    summary,
    description: description ?? null,
    location: meeting.location,
    url: meeting.locationKind === 'video' ? meeting.location : null,
    status: method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: env.get('MAIL_FROM_NAME'), email: env.get('MAIL_FROM_ADDRESS') },
  })
  for (const attendee of attendees) {
    event.createAttendee({
      name: attendee.name,
      email: attendee.email,
      rsvp: method === 'REQUEST',
      status: ICalAttendeeStatus.NEEDSACTION,
    })
  }
  return calendar.toString()
}
