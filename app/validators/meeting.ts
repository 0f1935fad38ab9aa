import vine from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import { DateTime } from 'luxon'
import { MAX_MEETING_SLOTS, MIN_MEETING_SLOTS, meetingLocationKinds } from '#enums/meeting'
import { isTimeZone } from '#services/time_zones'

/** A wall-clock time from a datetime-local field, read in the editor's own zone. */
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/

/** The time, read in the editor's zone (the validator's meta), must still be ahead. */
const stillAhead = vine.createRule((value, _, field) => {
  if (typeof value !== 'string') return
  const zone = (field.meta as { timeZone?: string }).timeZone
  const instant = DateTime.fromISO(value, { zone: isTimeZone(zone) ? zone : 'UTC' })
  if (!instant.isValid || instant <= DateTime.now()) {
    field.report('Choose a time that is still ahead.', 'meetingFuture', field)
  }
})

/** A video meeting's location is its https link; a place is any address. */
const linkForVideo = vine.createRule((value, _, field) => {
  if (typeof value !== 'string' || field.parent?.locationKind !== 'video') return
  let url: URL | null = null
  try {
    url = new URL(value)
  } catch {
    url = null
  }
  if (url?.protocol !== 'https:') {
    field.report('Enter the https:// link of the video call.', 'videoLink', field)
  }
})

const meetingFields = {
  title: vine.string().trim().minLength(2).maxLength(200),
  locationKind: vine.enum(meetingLocationKinds),
  location: vine.string().trim().minLength(2).maxLength(500).use(linkForVideo()),
  durationMinutes: vine.number().withoutDecimals().range([15, 480]),
}

/** Staff propose a meeting: where, how long, 2–3 distinct candidate times ahead. */
export const proposeMeetingValidator = vine.withMetaData<{ timeZone: string }>().create({
  ...meetingFields,
  slots: vine
    .array(vine.string().trim().regex(LOCAL_TIME).use(stillAhead()))
    .minLength(MIN_MEETING_SLOTS)
    .maxLength(MAX_MEETING_SLOTS)
    .distinct(),
})
export type ProposeMeetingData = Infer<typeof proposeMeetingValidator>

/** Staff change a confirmed meeting (its time, place or length). */
export const updateMeetingValidator = vine.withMetaData<{ timeZone: string }>().create({
  ...meetingFields,
  startsAt: vine.string().trim().regex(LOCAL_TIME).use(stillAhead()),
})

/** An invitee picks one of the candidate times. */
export const pickMeetingTimeValidator = vine.create({
  slotId: vine.number().withoutDecimals().positive().max(2_147_483_647),
})
