import { DateTime } from 'luxon'
import { deliverMail } from '#services/mailer'
import User from '#models/user'
import PasswordResetToken from '#models/password_reset_token'
import PasswordResetMail from '#mails/password_reset_mail'
import { generateSecureToken } from '#services/secure_token'
import { absoluteUrlFor } from '#services/app_url'

/**
 * Sends a one-hour reset link. Unknown addresses get the same answer, so the
 * form cannot be used to find out who has an account.
 */
export default class RequestPasswordReset {
  async handle({ email }: { email: string }) {
    const user = await User.query().whereRaw('lower(email) = ?', [email]).first()
    if (!user) return

    const { token, hash } = generateSecureToken()
    await PasswordResetToken.query()
      .where('userId', user.id)
      .whereNull('usedAt')
      .update({ usedAt: DateTime.now() })
    await PasswordResetToken.create({
      userId: user.id,
      tokenHash: hash,
      expiresAt: DateTime.now().plus({ hours: 1 }),
    })

    const resetUrl = absoluteUrlFor('auth.password_reset.edit', { token })
    await deliverMail(new PasswordResetMail(user, user.locale, resetUrl))
  }
}
