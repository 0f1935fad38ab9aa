import type Meeting from '#models/meeting'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** A meeting as staff see it on the deal page (times as instants; the page shows their zone). */
export default class MeetingTransformer extends BaseTransformer<Meeting> {
  toObject() {
    const meeting = this.resource
    return {
      ...this.pick(meeting, [
        'id',
        'title',
        'status',
        'locationKind',
        'location',
        'durationMinutes',
        'sequence',
      ]),
      startsAt: meeting.startsAt?.toUTC().toISO() ?? null,
      slots: meeting.slots.map((slot) => ({
        id: slot.id,
        startsAt: slot.startsAt.toUTC().toISO()!,
      })),
      participants: meeting.participants.map((participant) => ({
        id: participant.id,
        role: participant.role,
        fullName: participant.fullName,
        timeZone: participant.zone,
        chosenSlotId: participant.chosenSlotId,
      })),
    }
  }
}
