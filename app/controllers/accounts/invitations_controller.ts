import type { HttpContext } from '@adonisjs/core/http'
import AcceptInvitation, { InvitationUnusableError } from '#actions/organisations/accept_invitation'
import OrganisationInvitationTransformer from '#transformers/organisation_invitation_transformer'
import { acceptInvitationValidator } from '#validators/auth'
import { fieldError } from '#exceptions/field_error'

/** The link an invited colleague opens: choose a name and password, join the organisation. */
export default class InvitationsController {
  async show({ inertia, params }: HttpContext) {
    const invitation = await new AcceptInvitation().findUsable(String(params.token))
    return inertia.render('accounts/accept_invitation', {
      token: String(params.token),
      invitation: invitation
        ? OrganisationInvitationTransformer.transform(invitation).useVariant('forAcceptance')
        : null,
    })
  }

  async store({ request, params, auth, response, session, i18n }: HttpContext) {
    const data = await request.validateUsing(acceptInvitationValidator)
    try {
      const user = await new AcceptInvitation().handle({
        token: String(params.token),
        ...data,
        locale: i18n.locale,
      })
      session.regenerate()
      await auth.use('web').login(user)
    } catch (error) {
      if (error instanceof InvitationUnusableError) {
        throw fieldError('fullName', i18n.t('accounts.invitation.unusable'), 'invitation')
      }
      throw error
    }
    session.flash('success', i18n.t('accounts.invitation.joined'))
    return response.redirect().toRoute('partner.organisation.show')
  }
}
