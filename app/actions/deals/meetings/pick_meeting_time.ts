import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Meeting from '#models/meeting'
import MeetingParticipant from '#models/meeting_participant'
import MeetingSlot from '#models/meeting_slot'
import {
  logMeetingChange,
  queueCalendarMails,
  scheduleMeetingJobs,
} from '#actions/deals/meetings/meeting_notices'

/**
 * An invitee picks one of the candidate times through their signed link. The first pick
 * fixes the meeting: everyone gets the calendar invitation, and the reminder and the
 * outcome request are scheduled. Later visits (the other invitee, a second click) change
 * nothing and see the time that was fixed; a cancelled meeting takes no pick. A time not
 * offered, or already past, is returned as the problem for the form to show.
 */
export default class PickMeetingTime {
  async handle({ participantId, slotId }: { participantId: number; slotId: number }) {
    return db.transaction(async (trx) => {
      const participant = await MeetingParticipant.findOrFail(participantId, { client: trx })
      const meeting = await Meeting.query({ client: trx })
        .where('id', participant.meetingId)
        .forUpdate()
        .firstOrFail()
      if (meeting.status !== 'proposed') return { meeting, problem: null, picked: false }

      const slot = await MeetingSlot.query({ client: trx })
        .where({ id: slotId, meetingId: meeting.id })
        .first()
      if (!slot) return { meeting, problem: 'unknown_slot' as const, picked: false }
      if (slot.startsAt <= DateTime.now()) {
        return { meeting, problem: 'past_slot' as const, picked: false }
      }

      const now = DateTime.now()
      participant.useTransaction(trx)
      participant.chosenSlotId = slot.id
      participant.respondedAt = now
      await participant.save()

      meeting.useTransaction(trx)
      meeting.status = 'confirmed'
      meeting.startsAt = slot.startsAt
      meeting.confirmedAt = now
      await meeting.save()

      const participants = await logMeetingChange(trx, meeting, {
        actor: null,
        event: 'confirmed',
        meta: { startsAt: slot.startsAt.toUTC().toISO(), by: participant.fullName },
        dedupeKey: `meeting:${meeting.id}:confirmed`,
      })
      await queueCalendarMails(trx, meeting, participants, 'REQUEST')
      await scheduleMeetingJobs(trx, meeting)
      return { meeting, problem: null, picked: true }
    })
  }
}
