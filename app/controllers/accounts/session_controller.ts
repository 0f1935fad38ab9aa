import type { HttpContext } from '@adonisjs/core/http'
import VerifyCredentials from '#actions/accounts/verify_credentials'
import { loginValidator } from '#validators/auth'
import { fieldError } from '#exceptions/field_error'

export default class SessionController {
  /**
   * Starts the visitor's session (the web middleware does it for this route, setting the
   * session and XSRF-TOKEN cookies): nothing else to answer.
   */
  async start({ response }: HttpContext) {
    response.header('Cache-Control', 'no-store')
    return response.noContent()
  }

  async create({ inertia }: HttpContext) {
    return inertia.render('accounts/login', {})
  }

  async store({ request, auth, response, session, i18n }: HttpContext) {
    const credentials = await request.validateUsing(loginValidator)
    const user = await new VerifyCredentials().handle(credentials)
    if (!user) {
      throw fieldError('email', i18n.t('accounts.login.invalid_credentials'), 'credentials')
    }
    // A fresh session id on login prevents session fixation.
    session.regenerate()
    await auth.use('web').login(user)
    return response.redirect().toRoute('dashboard')
  }

  async destroy({ auth, response, session, i18n }: HttpContext) {
    await auth.use('web').logout()
    session.flash('success', i18n.t('accounts.logout.done'))
    return response.redirect().toRoute('home')
  }
}
