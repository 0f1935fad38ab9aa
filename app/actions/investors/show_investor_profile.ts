import InvestorProfile from '#models/investor_profile'
import type User from '#models/user'

/** The investor's profile form; a first visit shows the defaults the database would give. */
export default class ShowInvestorProfile {
  async handle(user: User) {
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
    return profile
  }
}
