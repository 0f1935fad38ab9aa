import type { HttpContext } from '@adonisjs/core/http'
import OrganisationTransformer from '#transformers/organisation_transformer'
import OrganisationMemberTransformer from '#transformers/organisation_member_transformer'
import OrganisationInvitationTransformer from '#transformers/organisation_invitation_transformer'
import { inviteMemberValidator } from '#validators/organisation'
import FindMembership from '#actions/organisations/find_membership'
import ShowOrganisation from '#actions/organisations/partner/show_organisation'
import InviteMember from '#actions/organisations/invite_member'

/** A partner's own organisation: status, members and invitations. */
export default class OrganisationController {
  async show({ inertia, auth, bouncer }: HttpContext) {
    const membership = await new FindMembership().handle(auth.getUserOrFail())
    await bouncer.with('OrganisationPolicy').authorize('view', membership.organisation)
    const page = await new ShowOrganisation().handle({ organisation: membership.organisation })
    return inertia.render('organisations/partner/show', {
      organisation: OrganisationTransformer.transform(page.organisation),
      members: OrganisationMemberTransformer.transform(page.members),
      invitations: OrganisationInvitationTransformer.transform(page.invitations),
      canInvite: membership.role === 'owner',
    })
  }

  async invite({ request, auth, bouncer, response, session, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const { organisation } = await new FindMembership().handle(user)
    await bouncer.with('OrganisationPolicy').authorize('inviteMembers', organisation)
    const { email } = await request.validateUsing(inviteMemberValidator)
    await new InviteMember().handle({ organisation, inviter: user, email })
    session.flash('success', i18n.t('organisations.members.invitation_sent', { email }))
    return response.redirect().back()
  }
}
