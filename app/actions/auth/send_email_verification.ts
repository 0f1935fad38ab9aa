import { deliverMail } from '#services/mailer'
import type User from '#models/user'
import VerifyEmailMail from '#mails/verify_email_mail'
import { absoluteSignedUrlFor } from '#services/app_url'

/** E-mails a signed, 24-hour link that confirms the address belongs to the user. */
export default class SendEmailVerification {
  async handle({ user }: { user: User }) {
    const verifyUrl = absoluteSignedUrlFor(
      'auth.verify_email',
      { id: user.id },
      { expiresIn: '24h', purpose: 'verify_email' }
    )
    await deliverMail(new VerifyEmailMail(user, user.locale, verifyUrl))
  }
}
