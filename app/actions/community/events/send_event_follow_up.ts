import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import EventAttendee from '#models/event_attendee'
import type { FollowUpStep, FollowUpStopReason } from '#enums/event'
import { queueMail } from '#services/outbox'

/** Staff-logged contact that counts as the person having answered. */
const REPLY_KINDS = ['note', 'call', 'meeting', 'inquiry']

/**
 * One step of an event's follow-up sequence, when its delayed job comes due. The
 * sequence stops for good for anyone who replied since the event (an inquiry, or a
 * note/call/meeting on one of their deals) or showed interest (an interest on the
 * marketplace, or a deal credited to this event); otherwise the step's e-mail is queued,
 * once per attendee and step (the mail key), however often the job runs.
 */
export default class SendEventFollowUp {
  async handle({ attendeeId, step }: { attendeeId: number; step: FollowUpStep }) {
    return db.transaction(async (trx) => {
      const attendee = await EventAttendee.query({ client: trx })
        .where('id', attendeeId)
        .preload('event')
        .preload('contact')
        .forUpdate()
        .first()
      if (!attendee) return { sent: false, reason: 'gone' as const }
      if (attendee.followUpStoppedAt) {
        return { sent: false, reason: attendee.followUpStopReason ?? 'replied' }
      }
      const reason = await this.stopReason(trx, attendee)
      if (reason) {
        attendee.useTransaction(trx)
        attendee.followUpStoppedAt = DateTime.now()
        attendee.followUpStopReason = reason
        await attendee.save()
        return { sent: false, reason }
      }
      await queueMail(
        trx,
        'event_follow_up',
        { attendeeId, step },
        { key: `event-follow-up:${attendeeId}:${step}` }
      )
      return { sent: true, reason: null }
    })
  }

  private async stopReason(
    trx: TransactionClientContract,
    attendee: EventAttendee
  ): Promise<FollowUpStopReason | null> {
    const since = attendee.event.startsOn.startOf('day').toJSDate()
    const contactId = attendee.contactId
    const userId = attendee.contact.userId
    const creditedDeal = await trx
      .from('deals')
      .where({ contact_id: contactId, source_event_id: attendee.eventId })
      .first()
    const interest =
      userId === null
        ? null
        : await trx
            .from('interests')
            .where('investor_id', userId)
            .where('created_at', '>=', since)
            .first()
    if (creditedDeal || interest) return 'interest'
    const inquiry = await trx
      .from('inquiries')
      .where('contact_id', contactId)
      .where('created_at', '>=', since)
      .first()
    const activity = await trx
      .from('deal_activities as a')
      .join('deals as d', 'd.id', 'a.deal_id')
      .where('d.contact_id', contactId)
      .whereIn('a.kind', REPLY_KINDS)
      .where('a.occurred_at', '>=', since)
      .first()
    const reply = inquiry ?? activity
    return reply ? 'replied' : null
  }
}
