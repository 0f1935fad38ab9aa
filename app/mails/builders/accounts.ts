import type { BaseMail } from '@adonisjs/mail'
import User from '#models/user'
import Organisation from '#models/organisation'
import OrganisationInvitation from '#models/organisation_invitation'
import PasswordResetToken from '#models/password_reset_token'
import VerifyEmailMail from '#mails/verify_email_mail'
import PasswordResetMail from '#mails/password_reset_mail'
import MemberInvitationMail from '#mails/member_invitation_mail'
import OrganisationReviewedMail from '#mails/organisation_reviewed_mail'
import { absoluteSignedUrlFor, absoluteUrlFor } from '#services/app_url'
import { hashSecureToken } from '#services/secure_token'
import type { MailContext } from '#mails/mail_context'

/**
 * Account e-mails, rebuilt by the `mail:send` job from ids. A builder returns null when
 * the e-mail has become pointless (address verified, link used or replaced) by the time
 * the job runs.
 */

/** The token that travelled sealed must be the one whose hash is stored. */
function checkedToken(secret: string | undefined, storedHash: string) {
  if (!secret || hashSecureToken(secret) !== storedHash) {
    throw new Error('The e-mail link token does not match its stored hash')
  }
  return secret
}

export const accountMailBuilders = {
  /** Signed in the worker: nothing secret has to travel through the queue. */
  async verify_email({ userId }: { userId: number }): Promise<BaseMail | null> {
    const user = await User.findOrFail(userId)
    if (user.emailVerifiedAt) return null
    const verifyUrl = absoluteSignedUrlFor(
      'auth.verify_email',
      { id: user.id },
      { expiresIn: '24h', purpose: 'verify_email' }
    )
    return new VerifyEmailMail(user, user.locale, verifyUrl)
  },

  async password_reset(
    { passwordResetTokenId }: { passwordResetTokenId: number },
    { secret }: MailContext
  ): Promise<BaseMail | null> {
    const resetToken = await PasswordResetToken.query()
      .where('id', passwordResetTokenId)
      .preload('user')
      .firstOrFail()
    // A newer request replaced this link, or it was used: say nothing.
    if (!resetToken.isUsable) return null
    const token = checkedToken(secret, resetToken.tokenHash)
    const { user } = resetToken
    return new PasswordResetMail(
      user,
      user.locale,
      absoluteUrlFor('auth.password_reset.edit', { token })
    )
  },

  async member_invitation(
    { invitationId }: { invitationId: number },
    { secret }: MailContext
  ): Promise<BaseMail | null> {
    const invitation = await OrganisationInvitation.query()
      .where('id', invitationId)
      .preload('organisation')
      .preload('invitedBy')
      .firstOrFail()
    if (!invitation.isUsable) return null
    const token = checkedToken(secret, invitation.tokenHash)
    const inviter = invitation.invitedBy
    return new MemberInvitationMail(
      { email: invitation.email, fullName: invitation.email },
      inviter?.locale ?? 'sr-Latn',
      {
        organisationName: invitation.organisation.name,
        inviterName: inviter?.fullName ?? invitation.organisation.name,
        acceptUrl: absoluteUrlFor('invitations.show', { token }),
      }
    )
  },

  async organisation_reviewed({
    organisationId,
    userId,
    approved,
  }: {
    organisationId: number
    userId: number
    approved: boolean
  }): Promise<BaseMail> {
    const organisation = await Organisation.findOrFail(organisationId)
    const user = await User.findOrFail(userId)
    return new OrganisationReviewedMail(
      user,
      user.locale,
      organisation,
      absoluteUrlFor('partner.organisation.show'),
      approved
    )
  },
}
