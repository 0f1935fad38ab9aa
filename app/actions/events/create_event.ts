import string from '@adonisjs/core/helpers/string'
import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import { DateTime } from 'luxon'
import Event from '#models/event'
import type User from '#models/user'
import type { eventValidator } from '#validators/event'
import audit from '#services/audit'

export type EventData = Infer<typeof eventValidator>

/** Staff create an event; its slug (the public sign-up address) comes from name, city and year. */
export default class CreateEvent {
  async handle({ data, actor }: { data: EventData; actor: User }) {
    return db.transaction(async (trx) => {
      const startsOn = DateTime.fromJSDate(data.startsOn)
      const base =
        string
          .slug(`${data.name} ${data.city} ${startsOn.year}`, { lower: true, strict: true })
          .slice(0, 160) || 'event'
      // Serialised so two staff creating the same event get different slugs.
      await trx.rawQuery('SELECT pg_advisory_xact_lock(hashtext(?))', [`most:event-slug:${base}`])
      const taken = await trx
        .from('events')
        .where('slug', base)
        .orWhereLike('slug', `${base}-%`)
        .count('* as total')
      const count = Number(taken[0].total)
      const event = await Event.create(
        {
          name: data.name,
          slug: count ? `${base}-${count + 1}` : base,
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
