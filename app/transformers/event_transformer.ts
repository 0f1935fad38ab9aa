import type Event from '#models/event'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** An event as staff and the public sign-up page see it. */
export default class EventTransformer extends BaseTransformer<Event> {
  toObject() {
    const event = this.resource
    return {
      ...this.pick(event, ['id', 'name', 'slug', 'city', 'description', 'signupOpen']),
      startsOn: event.startsOn.toISODate()!,
      country: event.country
        ? {
            code: event.country.code,
            nameEn: event.country.nameEn,
            nameSrLatn: event.country.nameSrLatn,
            nameSrCyrl: event.country.nameSrCyrl,
          }
        : null,
      attendeesCount: Number(event.$extras.attendees_count ?? 0),
      dealsCount: Number(event.$extras.deals_count ?? 0),
    }
  }
}
