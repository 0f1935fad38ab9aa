import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Deal from '#models/deal'
import EventAttendee from '#models/event_attendee'
import Opportunity from '#models/opportunity'
import type User from '#models/user'
import { nextOwnerId } from '#actions/deals/next_owner'
import OpenDeal from '#actions/deals/open_deal'
import { INVESTMENTS_PIPELINE } from '#enums/crm'
import DealActivity from '#models/deal_activity'

/**
 * Staff note that an attendee is interested in a listing (said so at the stand, on the
 * phone…): the person's deal for that listing is opened in the Investments pipeline with
 * the event as its source — or an existing deal without a source gets the event — and
 * the event's follow-up e-mails stop for them.
 */
export default class MarkAttendeeInterest {
  async handle({
    attendeeId,
    eventId,
    opportunityId,
    actor,
  }: {
    attendeeId: number
    eventId: number
    opportunityId: number
    actor: User
  }) {
    return db.transaction(async (trx) => {
      const attendee = await EventAttendee.query({ client: trx })
        .where({ id: attendeeId, eventId })
        .preload('contact')
        .forUpdate()
        .firstOrFail()
      const opportunity = await Opportunity.findOrFail(opportunityId, { client: trx })
      const { contact } = attendee
      const now = DateTime.now()

      let deal = await Deal.query({ client: trx })
        .where({ contactId: contact.id, opportunityId })
        .forUpdate()
        .first()
      if (deal) {
        deal.useTransaction(trx)
        deal.sourceEventId ??= eventId
        await deal.save()
      } else {
        deal = await new OpenDeal().handle({
          pipelineSlug: INVESTMENTS_PIPELINE,
          actor,
          trx,
          fields: {
            investorId: contact.kind === 'investor' ? contact.userId : null,
            contactId: contact.id,
            opportunityId,
            ownerId: contact.ownerId ?? (await nextOwnerId(trx)),
            sourceEventId: eventId,
            title: `${contact.fullName} · ${opportunity.titleFor('en')}`.slice(0, 200),
            valueEur: 0,
          },
        })
      }
      await DealActivity.record(trx, {
        dealId: deal.id,
        kind: 'interest',
        meta: { eventId, attendeeId, markedBy: actor.id },
        actorId: actor.id,
        dedupeKey: `event-interest:${attendeeId}:${opportunityId}`,
        occurredAt: now,
        createdAt: now,
      })

      attendee.useTransaction(trx)
      attendee.followUpStoppedAt ??= now
      attendee.followUpStopReason ??= 'interest'
      await attendee.save()
      return deal
    })
  }
}
