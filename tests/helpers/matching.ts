import { DateTime } from 'luxon'
import Country from '#models/country'
import InvestorProfile from '#models/investor_profile'
import Municipality from '#models/municipality'
import Sector from '#models/sector'
import type User from '#models/user'
import type { AlertFrequency } from '#enums/matching'

/** An investor profile with preferences given by slug, as the profile form would save it. */
export async function createInvestorProfile(
  user: User,
  options: {
    placeOfBirth?: string
    sectors?: string[]
    municipalities?: string[]
    languages?: string[]
    ticketMinEur?: number
    ticketMaxEur?: number
    recommendationFrequency?: AlertFrequency
    /** Marketing consent on the user (false by default, as after sign-up). */
    consent?: boolean
  } = {}
) {
  const germany = await Country.findByOrFail('code', 'DE')
  const profile = await InvestorProfile.create({
    userId: user.id,
    residenceCountryId: germany.id,
    residenceCity: 'Munich',
    placeOfBirth: options.placeOfBirth ?? null,
    languages: options.languages ?? [],
    ticketMinEur: options.ticketMinEur ?? null,
    ticketMaxEur: options.ticketMaxEur ?? null,
    recommendationFrequency: options.recommendationFrequency ?? 'weekly',
  })
  if (options.sectors?.length) {
    const sectors = await Sector.query().whereIn('slug', options.sectors)
    await profile.related('preferredSectors').attach(sectors.map((sector) => sector.id))
  }
  if (options.municipalities?.length) {
    const places = await Municipality.query().whereIn('slug', options.municipalities)
    await profile.related('preferredMunicipalities').attach(places.map((place) => place.id))
  }
  if (options.consent) {
    user.merge({ marketingOptIn: true, marketingOptInAt: DateTime.now() })
    await user.save()
  }
  return profile
}
