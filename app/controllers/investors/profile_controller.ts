import type { HttpContext } from '@adonisjs/core/http'
import InvestorProfile from '#models/investor_profile'
import InvestorProfileTransformer from '#transformers/investor_profile_transformer'
import UpdateInvestorProfile from '#actions/investors/update_investor_profile'
import { investorProfileValidator, profileLanguages } from '#validators/investor_profile'
import ReferenceData from '#services/reference_data'
import { alertFrequencies } from '#enums/matching'

/** The investor's profile: residence, background and what they look for. */
export default class ProfileController {
  async edit({ auth, inertia }: HttpContext) {
    const user = auth.getUserOrFail()
    // A first visit shows the defaults the database would give (no languages, weekly).
    const profile = await InvestorProfile.firstOrNew(
      { userId: user.id },
      { userId: user.id, languages: [], recommendationFrequency: 'weekly' }
    )
    if (profile.$isPersisted) {
      await profile.load('preferredSectors')
      await profile.load('preferredMunicipalities')
    } else {
      profile.$setRelated('preferredSectors', [])
      profile.$setRelated('preferredMunicipalities', [])
    }
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
