import type { HttpContext } from '@adonisjs/core/http'
import ShowInvestorProfile from '#actions/investors/show_investor_profile'
import InvestorProfileTransformer from '#transformers/investor_profile_transformer'
import UpdateInvestorProfile from '#actions/investors/update_investor_profile'
import { investorProfileValidator, profileLanguages } from '#validators/investor_profile'
import ReferenceData from '#services/reference_data'
import { alertFrequencies } from '#enums/matching'

/** The investor's profile: residence, background and what they look for. */
export default class ProfileController {
  async edit({ auth, inertia }: HttpContext) {
    const user = auth.getUserOrFail()
    const profile = await new ShowInvestorProfile().handle(user)
    return inertia.render('investors/profile', {
      profile: InvestorProfileTransformer.transform(profile),
      countries: await ReferenceData.countries(),
      sectors: await ReferenceData.sectors(),
      municipalities: await ReferenceData.municipalities(),
      languages: [...profileLanguages],
      frequencies: [...alertFrequencies],
      consent: {
        marketingOptIn: user.marketingOptIn,
        since: user.marketingOptInAt?.toISO() ?? null,
      },
    })
  }

  async update({ request, auth, response, session, i18n }: HttpContext) {
    const data = await request.validateUsing(investorProfileValidator)
    await new UpdateInvestorProfile().handle({
      investor: auth.getUserOrFail(),
      data,
      ip: request.ip(),
    })
    session.flash('success', i18n.t('investors.profile.saved'))
    return response.redirect().back()
  }
}
