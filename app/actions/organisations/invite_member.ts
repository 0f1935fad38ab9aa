import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type Organisation from '#models/organisation'
import type User from '#models/user'
import OrganisationInvitation from '#models/organisation_invitation'
import { generateSecureToken } from '#services/secure_token'
import { queueMail } from '#services/outbox'
import audit from '#services/audit'

/** How long an invitation link works. */
const INVITATION_DAYS = 7

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
    return db.transaction(async (trx) => {
      const invitation = await OrganisationInvitation.create(
        {
          organisationId: organisation.id,
          invitedById: inviter.id,
          email,
          tokenHash: hash,
          expiresAt: DateTime.now().plus({ days: INVITATION_DAYS }),
        },
        { client: trx }
      )
      await audit.record(trx, {
        actor: inviter,
        action: 'organisation.member_invited',
        subject: audit.subject('organisation', organisation),
        after: { email, invitationId: invitation.id },
      })
      // Only the token's hash is stored, so the token travels to the worker sealed
      // and expiring with the invitation (see queueMail).
      await queueMail(
        trx,
        'member_invitation',
        { invitationId: invitation.id },
        {
          key: `invitation:${invitation.id}`,
          secret: { value: token, expiresIn: `${INVITATION_DAYS} days` },
        }
      )
      return invitation
    })
  }
}
