import type { HttpContext } from '@adonisjs/core/http'
import ListPublicEvents from '#actions/community/events/list_public_events'
import EventTransformer from '#transformers/event_transformer'

/** The public list of events: upcoming ones to sign up for, and the past ones. */
export default class EventsController {
  async index({ inertia }: HttpContext) {
    const { upcoming, past } = await new ListPublicEvents().handle()
    return inertia.render('community/events/index', {
      upcoming: EventTransformer.transform(upcoming),
      past: EventTransformer.transform(past),
    })
  }
}
