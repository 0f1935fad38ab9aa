import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import PasswordResetToken from '#models/password_reset_token'
import { generateSecureToken } from '#services/secure_token'
import { queueMail } from '#services/outbox'

/** How long a reset link works. */
const RESET_LINK_HOURS = 1

/**
 * Queues a one-hour reset link. Unknown addresses get the same answer, so the
 * form cannot be used to find out who has an account. Earlier links stop working.
 */
export default class RequestPasswordReset {
  async handle({ email }: { email: string }) {
    const user = await User.query().whereRaw('lower(email) = ?', [email]).first()
    if (!user) return

    await db.transaction(async (trx) => {
      const { token, hash } = generateSecureToken()
      await PasswordResetToken.query({ client: trx })
        .where('userId', user.id)
        .whereNull('usedAt')
        .update({ usedAt: DateTime.now() })
      const resetToken = await PasswordResetToken.create(
        {
          userId: user.id,
          tokenHash: hash,
          expiresAt: DateTime.now().plus({ hours: RESET_LINK_HOURS }),
        },
        { client: trx }
      )
      // Only the token's hash is stored, so the worker cannot rebuild the link without
      // the token itself: it travels sealed and expires with the link (see queueMail).
      await queueMail(
        trx,
        'password_reset',
        { passwordResetTokenId: resetToken.id },
        {
          key: `password-reset:${resetToken.id}`,
          secret: { value: token, expiresIn: `${RESET_LINK_HOURS}h` },
        }
      )
    })
  }
}
