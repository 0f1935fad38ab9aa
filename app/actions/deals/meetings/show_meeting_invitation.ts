import MeetingParticipant from '#models/meeting_participant'

/**
 * What an invitee's signed link shows: the meeting with its candidate times (or the time
 * fixed), the deal's listing, and the invitee with their account (whose zone wins).
 */
export default class ShowMeetingInvitation {
  async handle(participantId: number) {
    return MeetingParticipant.query()
      .where('id', participantId)
      .preload('user')
      .preload('meeting', (meeting) =>
        meeting
          .preload('slots', (slots) => slots.orderBy('startsAt'))
          .preload('deal', (deal) => deal.preload('opportunity'))
      )
      .firstOrFail()
  }
}
