import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type Meeting from '#models/meeting'
import MeetingParticipant from '#models/meeting_participant'
import type User from '#models/user'
import LogActivity from '#actions/deals/log_activity'
import { enqueue, queueMail } from '#services/outbox'
import { MEETING_REMINDER_HOURS } from '#enums/meeting'
import type { CalendarMethod } from '#services/meeting_calendar'

/**
 * A meeting's change on its deal's timeline: one line, written once per `event` key (a
 * retried step writes nothing twice). Returns everyone invited, whom the caller tells.
 */
export async function logMeetingChange(
  trx: QueryClientContract,
  meeting: Meeting,
  change: { actor: User | null; event: string; dedupeKey: string; meta?: Record<string, unknown> }
) {
  await new LogActivity().handle({
    deal: { id: meeting.dealId },
    actor: change.actor,
    kind: 'meeting',
    body: meeting.title,
    meta: { meetingId: meeting.id, event: change.event, ...change.meta },
    dedupeKey: change.dedupeKey,
    trx,
  })
  return MeetingParticipant.query({ client: trx }).where('meetingId', meeting.id)
}

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
