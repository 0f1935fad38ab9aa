import { DateTime } from 'luxon'
import type Event from '#models/event'
import type { EventData } from '#actions/community/events/create_event'

/**
 * Staff correct an event or close its sign-up. The slug stays: the public address may
 * already be printed on flyers. Follow-ups already queued keep their dates.
 */
export default class UpdateEvent {
  async handle({ event, data }: { event: Event; data: EventData }) {
    event.merge({
      name: data.name,
      city: data.city,
      countryId: data.countryId,
      startsOn: DateTime.fromJSDate(data.startsOn),
      description: data.description ?? null,
      signupOpen: data.signupOpen ?? false,
    })
    await event.save()
    return event
  }
}
