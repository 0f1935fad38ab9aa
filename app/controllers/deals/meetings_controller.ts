import type { HttpContext } from '@adonisjs/core/http'
import FindDeal from '#actions/deals/find_deal'
import ProposeMeeting from '#actions/deals/meetings/propose_meeting'
import UpdateMeeting from '#actions/deals/meetings/update_meeting'
import CancelMeeting from '#actions/deals/meetings/cancel_meeting'
import { proposeMeetingValidator, updateMeetingValidator } from '#validators/meeting'

/** Staff propose, change and call off meetings on a deal; times are read in their own zone. */
export default class MeetingsController {
  async store({ params, request, auth, response, session, i18n }: HttpContext) {
    const actor = auth.getUserOrFail()
    const deal = await new FindDeal().handle(params.id)
    const data = await request.validateUsing(proposeMeetingValidator, {
      meta: { timeZone: actor.timeZone },
    })
    const meeting = await new ProposeMeeting().handle({ deal, actor, data })
    if (!meeting) session.flash('error', i18n.t('meetings.staff.no_invitees'))
    else session.flash('success', i18n.t('meetings.staff.proposed'))
    return response.redirect().back()
  }

  async update({ params, request, auth, response, session, i18n }: HttpContext) {
    const actor = auth.getUserOrFail()
    const data = await request.validateUsing(updateMeetingValidator, {
      meta: { timeZone: actor.timeZone },
    })
    await new UpdateMeeting().handle({ meetingId: Number(params.id), actor, data })
    session.flash('success', i18n.t('meetings.staff.updated'))
    return response.redirect().back()
  }

  async cancel({ params, auth, response, session, i18n }: HttpContext) {
    await new CancelMeeting().handle({ meetingId: Number(params.id), actor: auth.getUserOrFail() })
    session.flash('success', i18n.t('meetings.staff.cancelled'))
    return response.redirect().back()
  }
}
