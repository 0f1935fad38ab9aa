import type { HttpContext } from '@adonisjs/core/http'
import { registerInvestorValidator, registerPartnerValidator } from '#validators/auth'
import RegisterInvestor from '#actions/accounts/register_investor'
import RegisterPartner from '#actions/accounts/register_partner'
import ReferenceData from '#services/reference_data'

export default class RegistrationController {
  async createInvestor({ inertia }: HttpContext) {
    return inertia.render('accounts/register_investor', {
      countries: await ReferenceData.countries(),
    })
  }

  async storeInvestor({ request, auth, response, session, i18n }: HttpContext) {
    const data = await request.validateUsing(registerInvestorValidator)
    const user = await new RegisterInvestor().handle({
      data,
      locale: i18n.locale,
      ip: request.ip(),
    })
    await auth.use('web').login(user)
    session.flash('success', i18n.t('accounts.register.welcome_investor'))
    return response.redirect().toRoute('dashboard')
  }

  async createPartner({ inertia }: HttpContext) {
    return inertia.render('accounts/register_partner', {
      countries: await ReferenceData.countries({ listingRegionOnly: true }),
      municipalities: await ReferenceData.municipalities(),
    })
  }

  async storePartner({ request, auth, response, session, i18n }: HttpContext) {
    const data = await request.validateUsing(registerPartnerValidator)
    const user = await new RegisterPartner().handle({ data, locale: i18n.locale, ip: request.ip() })
    await auth.use('web').login(user)
    session.flash('success', i18n.t('accounts.register.welcome_partner'))
    return response.redirect().toRoute('dashboard')
  }
}
