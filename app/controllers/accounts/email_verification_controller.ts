import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import SendEmailVerification from '#actions/accounts/send_email_verification'

export default class EmailVerificationController {
  /** The signed link from the e-mail; tampered or expired links are refused. */
  async verify({ request, params, response, session, i18n }: HttpContext) {
    if (!request.hasValidSignature('verify_email')) {
      session.flash('error', i18n.t('accounts.verify.link_invalid'))
      return response.redirect().toRoute('home')
    }
    const user = await User.findOrFail(params.id)
    if (!user.emailVerifiedAt) {
      user.emailVerifiedAt = DateTime.now()
      await user.save()
    }
    session.flash('success', i18n.t('accounts.verify.done'))
    return response.redirect().toRoute('dashboard')
  }

  async resend({ auth, response, session, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    if (!user.emailVerifiedAt) {
      await new SendEmailVerification().handle({ user })
    }
    session.flash('success', i18n.t('accounts.verify.resent'))
    return response.redirect().back()
  }
}
