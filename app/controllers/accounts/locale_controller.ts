import type { HttpContext } from '@adonisjs/core/http'
import { switchLocaleValidator } from '#validators/locale'
import SwitchLocale from '#actions/accounts/switch_locale'
import { LOCALE_COOKIE } from '#middleware/detect_user_locale_middleware'

/** The language switcher: remembered in a cookie, and on the account when logged in. */
export default class LocaleController {
  async update({ request, response, auth }: HttpContext) {
    const { locale } = await request.validateUsing(switchLocaleValidator)
    response.cookie(LOCALE_COOKIE, locale, { maxAge: '1y', httpOnly: true, sameSite: 'lax' })
    if (auth.user) await new SwitchLocale().handle({ user: auth.user, locale })
    return response.redirect().back()
  }
}
