import ShowMeetingInvitation from '#actions/deals/meetings/show_meeting_invitation'
import { meetingCalendar } from '#services/meeting_calendar'

/**
 * The .ics an invitee downloads from their page, in their own zone, as their invitation
 * e-mail carried it (the cancellation once called off); null while no time is fixed.
 */
export default class InvitationCalendar {
  async handle(participantId: number) {
    const participant = await new ShowMeetingInvitation().handle(participantId)
    const { meeting } = participant
    if (!meeting.startsAt || meeting.status === 'proposed') return null
    await meeting.load('participants')
    return meetingCalendar({
      meeting,
      method: meeting.status === 'cancelled' ? 'CANCEL' : 'REQUEST',
      zone: participant.zone,
      summary: meeting.title,
      attendees: meeting.participants.map((each) => ({ name: each.fullName, email: each.email })),
    })
  }
}
