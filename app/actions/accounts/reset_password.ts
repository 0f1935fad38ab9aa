import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import PasswordResetToken from '#models/password_reset_token'
import User from '#models/user'
import { hashSecureToken } from '#services/secure_token'

/** Sets a new password with a valid reset token; returns null when the link is used or expired. */
export default class ResetPassword {
  async handle({ token, password }: { token: string; password: string }) {
    return db.transaction(async (trx) => {
      const resetToken = await PasswordResetToken.query({ client: trx })
        .where('tokenHash', hashSecureToken(token))
        .forUpdate()
        .first()
      if (!resetToken?.isUsable) return null

      const user = await User.findOrFail(resetToken.userId, { client: trx })
      user.password = password
      // The link came to their inbox, so the address is proven.
      user.emailVerifiedAt ??= DateTime.now()
      await user.save()

      resetToken.usedAt = DateTime.now()
      await resetToken.save()
      return user
    })
  }
}
