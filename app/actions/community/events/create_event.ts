import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import { DateTime } from 'luxon'
import Event from '#models/event'
import type User from '#models/user'
import type { eventValidator } from '#validators/event'
import audit from '#services/audit'
import { uniqueSlug } from '#services/unique_slug'

export type EventData = Infer<typeof eventValidator>

/** Staff create an event; its slug (the public sign-up address) comes from name, city and year. */
export default class CreateEvent {
  async handle({ data, actor }: { data: EventData; actor: User }) {
    return db.transaction(async (trx) => {
      const startsOn = DateTime.fromJSDate(data.startsOn)
      // The slug (the public sign-up address) comes from name, city and year.
      const slug = await uniqueSlug(trx, 'events', `${data.name} ${data.city} ${startsOn.year}`, {
        fallback: 'event',
      })
      const event = await Event.create(
        {
          name: data.name,
          slug,
          city: data.city,
          countryId: data.countryId,
          startsOn,
          description: data.description ?? null,
          signupOpen: data.signupOpen ?? true,
          createdById: actor.id,
        },
        { client: trx }
      )
      await audit.record(trx, {
        actor,
        action: 'event.created',
        subject: audit.subject('event', event),
        after: audit.snapshot(event),
      })
      return event
    })
  }
}
