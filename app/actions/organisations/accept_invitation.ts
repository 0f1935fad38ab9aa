import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import OrganisationInvitation from '#models/organisation_invitation'
import OrganisationMember from '#models/organisation_member'
import { hashSecureToken } from '#services/secure_token'

export class InvitationUnusableError extends Error {}

/**
 * Turns an invitation into a membership. The invitee gets a partner account
 * (its e-mail is proven by the link); an existing partner account is reused.
 */
export default class AcceptInvitation {
  async findUsable(token: string) {
    const invitation = await OrganisationInvitation.query()
      .where('tokenHash', hashSecureToken(token))
      .preload('organisation')
      .first()
    return invitation?.isUsable ? invitation : null
  }

  async handle({
    token,
    fullName,
    password,
    locale,
  }: {
    token: string
    fullName: string
    password: string
    locale: string
  }) {
    return db.transaction(async (trx) => {
      const invitation = await OrganisationInvitation.query({ client: trx })
        .where('tokenHash', hashSecureToken(token))
        .forUpdate()
        .first()
      if (!invitation?.isUsable) throw new InvitationUnusableError()

      let user = await User.query({ client: trx })
        .whereRaw('lower(email) = ?', [invitation.email])
        .first()
      if (user && user.role !== 'partner') throw new InvitationUnusableError()
      user ??= await User.create(
        {
          fullName,
          email: invitation.email,
          password,
          role: 'partner',
          locale,
          emailVerifiedAt: DateTime.now(),
        },
        { client: trx }
      )

      await OrganisationMember.firstOrCreate(
        { organisationId: invitation.organisationId, userId: user.id },
        { role: 'member' },
        { client: trx }
      )
      invitation.acceptedAt = DateTime.now()
      await invitation.useTransaction(trx).save()
      return user
    })
  }
}
