import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import EventAttendee from '#models/event_attendee'
import type Event from '#models/event'
import ContactForEmail from '#actions/deals/contacts/contact_for_email'
import { nextOwnerId } from '#actions/deals/next_owner'
import { followUpSteps, type AttendeeSource } from '#enums/event'
import { enqueue } from '#services/outbox'

export interface AttendeeData {
  fullName: string
  email: string
  countryOfResidence?: string | null
  placeOfBirth?: string | null
  locale?: string
}

/** A follow-up planned further back than this is not sent at all (a late import). */
const STALE_FOLLOW_UP_MS = 2 * 24 * 3600 * 1000

/**
 * Puts a person on an event's list in the caller's transaction: the CRM contact is
 * found by e-mail (or the account's contact), else created with an assistant; the same
 * person twice stays one attendee. A new attendee gets the follow-up e-mails queued
 * (day 1, 7 and 21 after the event) — each job decides when it runs whether to send.
 */
export default class RegisterAttendee {
  async handle({
    event,
    data,
    source,
    trx,
    now = DateTime.now(),
  }: {
    event: Event
    data: AttendeeData
    source: AttendeeSource
    trx: TransactionClientContract
    now?: DateTime
  }) {
    const contact = await new ContactForEmail().handle({ email: data.email, trx })
    contact.useTransaction(trx)
    // A linked account's name is the person's own; an inquirer's is what they typed last.
    if (!contact.userId) contact.fullName = data.fullName
    if (data.countryOfResidence) contact.placeOfResidence ??= data.countryOfResidence
    if (data.placeOfBirth) contact.placeOfBirth ??= data.placeOfBirth
    if (!contact.$isPersisted) contact.locale = data.locale ?? 'sr-Latn'
    contact.ownerId = contact.ownerId ?? (await nextOwnerId(trx))
    await contact.save()

    let attendee = await EventAttendee.query({ client: trx })
      .where({ eventId: event.id, contactId: contact.id })
      .forUpdate()
      .first()
    const isNew = !attendee
    attendee ??= new EventAttendee().merge({ eventId: event.id, contactId: contact.id, source })
    attendee.useTransaction(trx)
    attendee.countryOfResidence = data.countryOfResidence || attendee.countryOfResidence || null
    attendee.placeOfBirth = data.placeOfBirth || attendee.placeOfBirth || null
    await attendee.save()

    if (isNew) {
      const eventDay = event.startsOn.startOf('day')
      for (const { step, day } of followUpSteps) {
        const sendAt = eventDay.plus({ days: day, hours: 9 })
        const delayMs = sendAt.toMillis() - now.toMillis()
        if (delayMs < -STALE_FOLLOW_UP_MS) continue
        await enqueue(
          trx,
          'events:follow-up',
          { attendeeId: attendee.id, step },
          { key: `event-follow-up:${attendee.id}:${step}`, delayMs: Math.max(0, delayMs) }
        )
      }
    }
    return { attendee, contact, isNew }
  }
}
