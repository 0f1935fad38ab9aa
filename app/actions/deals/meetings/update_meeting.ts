import { DateTime } from 'luxon'
import { Exception } from '@adonisjs/core/exceptions'
import db from '@adonisjs/lucid/services/db'
import Meeting from '#models/meeting'
import type User from '#models/user'
import {
  logMeetingChange,
  queueCalendarMails,
  scheduleMeetingJobs,
} from '#actions/deals/meetings/meeting_notices'
import type { MeetingLocationKind } from '#enums/meeting'

export interface MeetingChanges {
  title: string
  locationKind: MeetingLocationKind
  location: string
  durationMinutes: number
  /** The new wall-clock time in the editor's own zone ("2026-12-15T18:00"). */
  startsAt: string
}

/**
 * Staff change a confirmed meeting (time, place, length): the SEQUENCE goes up by one and
 * everyone gets the updated invitation; a new time gets its own reminder and outcome jobs
 * (the old ones find the time changed and do nothing).
 */
export default class UpdateMeeting {
  async handle({
    meetingId,
    actor,
    data,
  }: {
    meetingId: number
    actor: User
    data: MeetingChanges
  }) {
    const startsAt = DateTime.fromISO(data.startsAt, { zone: actor.timeZone })
    // The validator checked this in the same zone; a guard for other callers.
    if (!startsAt.isValid || startsAt <= DateTime.now()) {
      throw new Exception('A meeting cannot be moved into the past.', { status: 422 })
    }
    return db.transaction(async (trx) => {
      const meeting = await Meeting.query({ client: trx })
        .where('id', meetingId)
        .forUpdate()
        .firstOrFail()
      if (meeting.status !== 'confirmed') {
        throw new Exception('Only a meeting with a fixed time can be changed.', {
          status: 422,
          code: 'E_MEETING_NOT_CONFIRMED',
        })
      }
      const before = {
        startsAt: meeting.startsAt!.toMillis(),
        location: meeting.location,
        locationKind: meeting.locationKind,
        durationMinutes: meeting.durationMinutes,
        title: meeting.title,
      }
      meeting.useTransaction(trx)
      meeting.merge({
        title: data.title,
        locationKind: data.locationKind,
        location: data.location,
        durationMinutes: data.durationMinutes,
        startsAt,
      })
      const unchanged =
        before.startsAt === startsAt.toMillis() &&
        before.location === data.location &&
        before.locationKind === data.locationKind &&
        before.durationMinutes === data.durationMinutes &&
        before.title === data.title
      if (unchanged) return meeting
      meeting.sequence += 1
      await meeting.save()

      const participants = await logMeetingChange(trx, meeting, {
        actor,
        event: 'updated',
        meta: { startsAt: startsAt.toUTC().toISO(), sequence: meeting.sequence },
        dedupeKey: `meeting:${meeting.id}:updated:${meeting.sequence}`,
      })
      await queueCalendarMails(trx, meeting, participants, 'REQUEST')
      await scheduleMeetingJobs(trx, meeting)
      return meeting
    })
  }
}
