import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Meeting from '#models/meeting'
import MeetingParticipant from '#models/meeting_participant'
import { queueMail } from '#services/outbox'
import type { JobHandler, JobPayloads } from '#jobs/payloads'

type Payload = JobPayloads['meetings:remind']

/**
 * Before a confirmed meeting: a reminder to each invitee and the deal's owner, in their
 * own zone. Does nothing if the meeting was cancelled, moved to another time (that time has
 * its own job) or has begun; the e-mails' keys make a second run harmless.
 */
export default class RemindMeeting implements JobHandler<Payload> {
  async handle({ meetingId, startsAt }: Payload) {
    const meeting = await Meeting.find(meetingId)
    if (!meeting || meeting.status !== 'confirmed' || !meeting.startsAt) return { sent: 0 }
    const at = DateTime.fromISO(startsAt)
    if (meeting.startsAt.toMillis() !== at.toMillis() || at <= DateTime.now()) return { sent: 0 }

    const participants = await MeetingParticipant.query().where('meetingId', meeting.id)
    const recipients = [...participants.map((participant) => participant.id), null]
    await db.transaction(async (trx) => {
      for (const participantId of recipients) {
        await queueMail(
          trx,
          'meeting_reminder',
          { meetingId: meeting.id, participantId, startsAt },
          {
            key: `meeting:${meeting.id}:reminder:${at.toMillis()}:${participantId ?? 'owner'}`,
            dealId: meeting.dealId,
          }
        )
      }
    })
    return { sent: recipients.length }
  }
}
