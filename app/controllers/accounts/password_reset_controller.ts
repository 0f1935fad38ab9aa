import type { HttpContext } from '@adonisjs/core/http'
import { forgotPasswordValidator, resetPasswordValidator } from '#validators/auth'
import RequestPasswordReset from '#actions/accounts/request_password_reset'
import ResetPassword from '#actions/accounts/reset_password'
import { fieldError } from '#exceptions/field_error'

export default class PasswordResetController {
  async create({ inertia }: HttpContext) {
    return inertia.render('accounts/forgot_password', {})
  }

  async store({ request, response, session, i18n }: HttpContext) {
    const { email } = await request.validateUsing(forgotPasswordValidator)
    await new RequestPasswordReset().handle({ email })
    session.flash('success', i18n.t('accounts.password_reset.link_sent'))
    return response.redirect().back()
  }

  async edit({ inertia, params }: HttpContext) {
    return inertia.render('accounts/reset_password', { token: String(params.token) })
  }

  async update({ request, response, session, auth, i18n }: HttpContext) {
    const { token, password } = await request.validateUsing(resetPasswordValidator)
    const user = await new ResetPassword().handle({ token, password })
    if (!user) {
      throw fieldError('password', i18n.t('accounts.password_reset.link_invalid'), 'token')
    }
    session.regenerate()
    await auth.use('web').login(user)
    session.flash('success', i18n.t('accounts.password_reset.done'))
    return response.redirect().toRoute('dashboard')
  }
}
