import { DateTime } from 'luxon'
import { deliverMail } from '#services/mailer'
import type Organisation from '#models/organisation'
import type User from '#models/user'
import OrganisationInvitation from '#models/organisation_invitation'
import MemberInvitationMail from '#mails/member_invitation_mail'
import { generateSecureToken } from '#services/secure_token'
import { absoluteUrlFor } from '#services/app_url'

/** An owner invites a colleague by e-mail; the link is valid for 7 days. */
export default class InviteMember {
  async handle({
    organisation,
    inviter,
    email,
  }: {
    organisation: Organisation
    inviter: User
    email: string
  }) {
    const { token, hash } = generateSecureToken()
    const invitation = await OrganisationInvitation.create({
      organisationId: organisation.id,
      invitedById: inviter.id,
      email,
      tokenHash: hash,
      expiresAt: DateTime.now().plus({ days: 7 }),
    })
    await deliverMail(
      new MemberInvitationMail({ email, fullName: email }, inviter.locale, {
        organisationName: organisation.name,
        inviterName: inviter.fullName,
        acceptUrl: absoluteUrlFor('invitations.show', { token }),
      })
    )
    return invitation
  }
}
