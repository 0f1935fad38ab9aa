import Event from '#models/event'

/** Every event for staff, the latest first, with how many attended and how many deals it brought. */
export default class ListEvents {
  handle() {
    return Event.query()
      .preload('country')
      .withCount('attendees', (query) => query.as('attendees_count'))
      .withCount('deals', (query) => query.as('deals_count'))
      .orderBy('startsOn', 'desc')
      .orderBy('id', 'desc')
  }
}
