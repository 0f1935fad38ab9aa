import type { HttpContext } from '@adonisjs/core/http'
import ChangeTimeZone from '#actions/accounts/change_time_zone'
import { timeZoneValidator } from '#validators/account'

/** "My account": the person's own time zone. */
export default class TimeZoneController {
  async update({ request, auth, response, session, i18n }: HttpContext) {
    const { timeZone } = await request.validateUsing(timeZoneValidator)
    await new ChangeTimeZone().handle({ user: auth.getUserOrFail(), timeZone })
    session.flash('success', i18n.t('meetings.time_zone.saved'))
    return response.redirect().back()
  }
}
