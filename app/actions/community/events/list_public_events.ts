import { DateTime } from 'luxon'
import Event from '#models/event'

/** The public events list: what is coming (soonest first) and the latest past ones. */
export default class ListPublicEvents {
  async handle({ pastLimit = 20 }: { pastLimit?: number } = {}) {
    const today = DateTime.now().toISODate()!
    const [upcoming, past] = await Promise.all([
      Event.query().preload('country').where('startsOn', '>=', today).orderBy('startsOn', 'asc'),
      Event.query()
        .preload('country')
        .where('startsOn', '<', today)
        .orderBy('startsOn', 'desc')
        .limit(pastLimit),
    ])
    return { upcoming, past }
  }
}
