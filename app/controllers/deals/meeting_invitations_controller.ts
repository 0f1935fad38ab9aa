import type { HttpContext } from '@adonisjs/core/http'
import { signedUrlFor } from '@adonisjs/core/services/url_builder'
import ShowMeetingInvitation from '#actions/deals/meetings/show_meeting_invitation'
import PickMeetingTime from '#actions/deals/meetings/pick_meeting_time'
import MeetingParticipantTransformer from '#transformers/meeting_participant_transformer'
import { pickMeetingTimeValidator } from '#validators/meeting'
import { errors } from '@vinejs/vine'
import { fieldError } from '#exceptions/field_error'
import InvitationCalendar from '#actions/deals/meetings/invitation_calendar'
import { MEETING_LINK_EXPIRY } from '#enums/meeting'

/**
 * An invitee's signed link (no account needed): the meeting's candidate times in their own
 * zone, picking one, and the calendar file once the time is fixed. Opening the link only
 * shows the page (mail scanners open links too); picking is a POST to the same address.
 */
export default class MeetingInvitationsController {
  async show({ params, request, inertia, response }: HttpContext) {
    if (!request.hasValidSignature('meeting')) {
      return response.forbidden(await inertia.render('errors/forbidden', {}))
    }
    const participant = await new ShowMeetingInvitation().handle(params.id)
    return inertia.render('deals/meetings/invitation', {
      invitation: MeetingParticipantTransformer.transform(participant),
      action: request.url(true),
      calendarUrl: participant.meeting.startsAt
        ? signedUrlFor(
            'meetings.invitation.calendar',
            { id: participant.id },
            { expiresIn: MEETING_LINK_EXPIRY, purpose: 'meeting' }
          )
        : null,
    })
  }

  async pick({ params, request, response, session, i18n }: HttpContext) {
    if (!request.hasValidSignature('meeting')) return response.forbidden()
    // Both answers go back to this same signed address: a plain "back" (also the one of
    // the validation error handler) would drop the signature and land on a 403.
    const here = request.url(true)
    let picked = false
    try {
      const { slotId } = await request.validateUsing(pickMeetingTimeValidator)
      const result = await new PickMeetingTime().handle({
        participantId: Number(params.id),
        slotId,
      })
      if (result.problem) {
        throw fieldError('slotId', i18n.t(`meetings.invitation.${result.problem}`), result.problem)
      }
      picked = result.picked
    } catch (error) {
      if (
        !(error instanceof errors.E_VALIDATION_ERROR) ||
        request.accepts(['html', 'json']) === 'json'
      )
        throw error
      session.flashValidationErrors(error)
      return response.redirect(here)
    }
    // Fixed earlier by the other invitee, or called off: the page says which.
    if (picked) session.flash('success', i18n.t('meetings.invitation.picked'))
    return response.redirect(here)
  }

  /** The .ics of the meeting in the invitee's zone, as their invitation e-mail carried it. */
  async calendar({ params, request, response }: HttpContext) {
    if (!request.hasValidSignature('meeting')) return response.forbidden()
    const ics = await new InvitationCalendar().handle(Number(params.id))
    if (!ics) return response.notFound()
    response.header('content-type', 'text/calendar; charset=utf-8')
    response.header('content-disposition', 'attachment; filename="meeting.ics"')
    return ics
  }
}
