import Event from '#models/event'

/** One event by id or slug (404 when missing), with its country when the page shows it. */
export default class FindEvent {
  handle(key: { id: number | string } | { slug: string }, { withCountry = false } = {}) {
    const query = Event.query()
    if ('slug' in key) query.where('slug', key.slug)
    else query.where('id', key.id)
    if (withCountry) query.preload('country')
    return query.firstOrFail()
  }
}
