import type { HttpContext } from '@adonisjs/core/http'
import VerifyEmail from '#actions/accounts/verify_email'
import SendEmailVerification from '#actions/accounts/send_email_verification'

export default class EmailVerificationController {
  /** The signed link from the e-mail; tampered or expired links are refused. */
  async verify({ request, params, response, session, i18n }: HttpContext) {
    if (!request.hasValidSignature('verify_email')) {
      session.flash('error', i18n.t('accounts.verify.link_invalid'))
      return response.redirect().toRoute('home')
    }
    await new VerifyEmail().handle(params.id)
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
