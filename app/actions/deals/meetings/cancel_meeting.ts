import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Meeting from '#models/meeting'
import type User from '#models/user'
import { queueMail } from '#services/outbox'
import { logMeetingChange, queueCalendarMails } from '#actions/deals/meetings/meeting_notices'

/**
 * Staff call a meeting off. A confirmed one is removed from everyone's calendar
 * (METHOD:CANCEL at SEQUENCE+1); invitees of a merely proposed one are told their link no
 * longer works. The reminder and outcome jobs find it cancelled and do nothing.
 * Cancelling twice changes nothing.
 */
export default class CancelMeeting {
  async handle({ meetingId, actor }: { meetingId: number; actor: User }) {
    return db.transaction(async (trx) => {
      const meeting = await Meeting.query({ client: trx })
        .where('id', meetingId)
        .forUpdate()
        .firstOrFail()
      if (meeting.status === 'cancelled') return meeting
      const wasConfirmed = meeting.status === 'confirmed'
      meeting.useTransaction(trx)
      meeting.status = 'cancelled'
      meeting.cancelledAt = DateTime.now()
      meeting.sequence += 1
      await meeting.save()

      const participants = await logMeetingChange(trx, meeting, {
        actor,
        event: 'cancelled',
        dedupeKey: `meeting:${meeting.id}:cancelled`,
      })
      if (wasConfirmed) {
        await queueCalendarMails(trx, meeting, participants, 'CANCEL')
        return meeting
      }
      for (const participant of participants) {
        await queueMail(
          trx,
          'meeting_withdrawn',
          { participantId: participant.id },
          { key: `meeting:${meeting.id}:withdrawn:${participant.id}`, dealId: meeting.dealId }
        )
      }
      return meeting
    })
  }
}
