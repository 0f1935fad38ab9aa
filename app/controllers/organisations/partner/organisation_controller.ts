import type { HttpContext } from '@adonisjs/core/http'
import OrganisationMember from '#models/organisation_member'
import OrganisationInvitation from '#models/organisation_invitation'
import OrganisationTransformer from '#transformers/organisation_transformer'
import OrganisationMemberTransformer from '#transformers/organisation_member_transformer'
import OrganisationInvitationTransformer from '#transformers/organisation_invitation_transformer'
import { inviteMemberValidator } from '#validators/organisation'
import InviteMember from '#actions/organisations/invite_member'

/** A partner's own organisation: status, members and invitations. */
export default class OrganisationController {
  async show({ inertia, auth, bouncer }: HttpContext) {
    const membership = await this.currentMembership(auth.getUserOrFail().id)
    const organisation = membership.organisation
    await bouncer.with('OrganisationPolicy').authorize('view', organisation)
    await organisation.load('country')
    await organisation.load('municipality')

    const members = await OrganisationMember.query()
      .where('organisationId', organisation.id)
      .preload('user')
      .orderBy('id')
    const invitations = await OrganisationInvitation.query()
      .where('organisationId', organisation.id)
      .whereNull('acceptedAt')
      .orderBy('id', 'desc')
    return inertia.render('organisations/partner/show', {
      organisation: OrganisationTransformer.transform(organisation),
      members: OrganisationMemberTransformer.transform(members),
      invitations: OrganisationInvitationTransformer.transform(invitations),
      canInvite: membership.role === 'owner',
    })
  }

  async invite({ request, auth, bouncer, response, session, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const { organisation } = await this.currentMembership(user.id)
    await bouncer.with('OrganisationPolicy').authorize('inviteMembers', organisation)
    const { email } = await request.validateUsing(inviteMemberValidator)
    await new InviteMember().handle({ organisation, inviter: user, email })
    session.flash('success', i18n.t('organisations.members.invitation_sent', { email }))
    return response.redirect().back()
  }

  private currentMembership(userId: number) {
    return OrganisationMember.query()
      .where('userId', userId)
      .preload('organisation')
      .orderBy('id')
      .firstOrFail()
  }
}
