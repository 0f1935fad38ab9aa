import type { HttpContext } from '@adonisjs/core/http'
import FindEventAttendee from '#actions/community/events/find_event_attendee'
import StopEventFollowUps from '#actions/community/events/stop_event_follow_ups'
import { FOLLOW_UP_STOP_PURPOSE } from '#enums/event'

/**
 * The opt-out link in every event follow-up e-mail: signed (no login), refused when
 * tampered with. Opening it shows one button, since mail scanners open links too; mail
 * clients' own unsubscribe button POSTs to the same link (RFC 8058).
 */
export default class EventFollowUpsController {
  async show({ params, request, inertia, response }: HttpContext) {
    if (!request.hasValidSignature(FOLLOW_UP_STOP_PURPOSE)) {
      return response.forbidden(await inertia.render('errors/forbidden', {}))
    }
    const attendee = await new FindEventAttendee().handle(params.id)
    return inertia.render('community/events/stop_follow_ups', {
      event: attendee.event.name,
      stopped: attendee.followUpStoppedAt !== null,
      action: request.url(true),
    })
  }

  async store({ params, request, response, session, i18n }: HttpContext) {
    if (!request.hasValidSignature(FOLLOW_UP_STOP_PURPOSE)) return response.forbidden()
    const attendee = await new FindEventAttendee().handle(params.id)
    await new StopEventFollowUps().handle({ attendee })
    session.flash('success', i18n.t('community.events.stop.done'))
    return response.redirect(request.url(true))
  }
}
