import NdaSignatureTransformer from '#transformers/nda_signature_transformer'
import type { HttpContext } from '@adonisjs/core/http'
import ShowAccount from '#actions/accounts/show_account'
import ConsentTransformer from '#transformers/consent_transformer'
import DataExportTransformer from '#transformers/data_export_transformer'
import DeleteAccount from '#actions/trust/privacy/delete_account'
import { deleteAccountValidator } from '#validators/account'
import { timeZones } from '#services/time_zones'

/** "My account": privacy — consent history, "download my data", "delete my account". */
export default class AccountController {
  async show({ auth, inertia }: HttpContext) {
    const user = auth.getUserOrFail()
    const { consents, exports, ndaSignatures } = await new ShowAccount().handle(user)
    return inertia.render('accounts/account', {
      consents: ConsentTransformer.transform(consents),
      exports: DataExportTransformer.transform(exports),
      ndaSignatures: NdaSignatureTransformer.transform(ndaSignatures),
      marketingOptIn: user.marketingOptIn,
      canDelete: user.role === 'investor',
      timeZones: [...timeZones],
    })
  }

  /** Investors only: partner and staff accounts hold organisation and CRM records. */
  async destroy({ auth, bouncer, request, response, session, i18n }: HttpContext) {
    await bouncer.authorize('actAsInvestor')
    const { password } = await request.validateUsing(deleteAccountValidator)
    await new DeleteAccount().handle({ user: auth.getUserOrFail(), password })
    await auth.use('web').logout()
    session.flash('success', i18n.t('trust.delete.done'))
    return response.redirect().toRoute('home')
  }
}
