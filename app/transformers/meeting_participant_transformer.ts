import type MeetingParticipant from '#models/meeting_participant'
import { BaseTransformer } from '@adonisjs/core/transformers'

/**
 * What an invitee's signed page may show: the meeting and its times, their own name and
 * zone, the listing's title. Nothing of the other invitee.
 */
export default class MeetingParticipantTransformer extends BaseTransformer<MeetingParticipant> {
  toObject() {
    const participant = this.resource
    const { meeting } = participant
    const opportunity = meeting.deal.opportunity
    return {
      fullName: participant.fullName,
      role: participant.role,
      timeZone: participant.zone,
      chosenSlotId: participant.chosenSlotId,
      meeting: {
        title: meeting.title,
        status: meeting.status,
        locationKind: meeting.locationKind,
        location: meeting.location,
        durationMinutes: meeting.durationMinutes,
        startsAt: meeting.startsAt?.toUTC().toISO() ?? null,
        startsAtOffset: meeting.startsAt?.setZone(participant.zone).offset ?? null,
        slots: meeting.slots.map((slot) => ({
          id: slot.id,
          startsAt: slot.startsAt.toUTC().toISO()!,
          // The zone's UTC offset then, by the server's tz rules (those of the .ics), so an
          // outdated tz database in the reader's browser cannot shift the time shown.
          offset: slot.startsAt.setZone(participant.zone).offset,
        })),
      },
      listing: opportunity
        ? { titleEn: opportunity.titleEn, titleSr: opportunity.titleSr }
        : { titleEn: meeting.deal.title, titleSr: null },
    }
  }
}
