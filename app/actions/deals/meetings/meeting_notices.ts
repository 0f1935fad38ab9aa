import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type Meeting from '#models/meeting'
import type MeetingParticipant from '#models/meeting_participant'
import { enqueue, queueMail } from '#services/outbox'
import { MEETING_REMINDER_HOURS } from '#enums/meeting'
import type { CalendarMethod } from '#services/meeting_calendar'

/**
 * What a meeting's changes send, queued in the caller's transaction: the calendar
 * message (REQUEST or CANCEL, at the meeting's current SEQUENCE) to each invitee and to
 * the deal's owner, and the reminder and outcome jobs for its current time. Keys carry the
 * sequence or the time, so a retried step sends nothing twice and a new time gets new jobs.
 */
export async function queueCalendarMails(
  trx: QueryClientContract,
  meeting: Meeting,
  participants: MeetingParticipant[],
  method: CalendarMethod
) {
  const recipients = [...participants.map((participant) => participant.id), null]
  for (const participantId of recipients) {
    await queueMail(
      trx,
      'meeting_calendar',
      { meetingId: meeting.id, participantId, method, sequence: meeting.sequence },
      {
        key: `meeting:${meeting.id}:${meeting.sequence}:${method}:${participantId ?? 'owner'}`,
        dealId: meeting.dealId,
      }
    )
  }
}

export async function scheduleMeetingJobs(trx: QueryClientContract, meeting: Meeting) {
  const startsAt = meeting.startsAt!
  const at = startsAt.toMillis()
  const now = Date.now()
  const payload = { meetingId: meeting.id, startsAt: startsAt.toUTC().toISO()! }
  await enqueue(trx, 'meetings:remind', payload, {
    key: `meeting:${meeting.id}:remind:${at}`,
    delayMs: Math.max(0, at - MEETING_REMINDER_HOURS * 3600_000 - now),
  })
  await enqueue(trx, 'meetings:ask-outcome', payload, {
    key: `meeting:${meeting.id}:outcome:${at}`,
    delayMs: Math.max(0, meeting.endsAt!.toMillis() - now),
  })
}
