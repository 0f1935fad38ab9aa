import Event from '#models/event'
import Deal from '#models/deal'
import EventAttendee from '#models/event_attendee'
import Opportunity from '#models/opportunity'

/** How many published listings the "interested in" picker offers, newest first. */
const LISTING_CHOICES = 300

/**
 * One event for staff: its attendees, the deals it is credited with, and the listings an
 * attendee can be marked interested in. After the event itself, the rest load in parallel.
 */
export default class ShowEvent {
  async handle(eventId: number) {
    const event = await Event.query()
      .where('id', eventId)
      .preload('country')
      .withCount('attendees', (query) => query.as('attendees_count'))
      .withCount('deals', (query) => query.as('deals_count'))
      .firstOrFail()
    const [attendees, deals, listings] = await Promise.all([
      EventAttendee.query()
        .where('eventId', event.id)
        .preload('contact')
        .orderBy('createdAt', 'desc')
        .orderBy('id', 'desc'),
      Deal.query()
        .where('sourceEventId', event.id)
        .preload('stage')
        .preload('contact')
        .orderBy('createdAt', 'desc'),
      Opportunity.query()
        .where('status', 'published')
        .orderBy('publishedAt', 'desc')
        .limit(LISTING_CHOICES)
        .select('id', 'titleEn', 'titleSr'),
    ])
    return { event, attendees, deals, listings }
  }
}
