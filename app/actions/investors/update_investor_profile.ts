import db from '@adonisjs/lucid/services/db'
import InvestorProfile from '#models/investor_profile'
import type User from '#models/user'
import type { InvestorProfileData } from '#validators/investor_profile'

/** Saves the investor's profile and preferences together (all or nothing). */
export default class UpdateInvestorProfile {
  async handle({ investor, data }: { investor: User; data: InvestorProfileData }) {
    return db.transaction(async (trx) => {
      const { sectorIds, municipalityIds, ...fields } = data
      const profile = await InvestorProfile.firstOrNew(
        { userId: investor.id },
        { userId: investor.id },
        { client: trx }
      )
      profile.merge({
        residenceCountryId: fields.residenceCountryId,
        residenceCity: fields.residenceCity ?? null,
        placeOfBirth: fields.placeOfBirth ?? null,
        education: fields.education ?? null,
        occupation: fields.occupation ?? null,
        company: fields.company ?? null,
        languages: fields.languages ?? [],
        ticketMinEur: fields.ticketMinEur ?? null,
        ticketMaxEur: fields.ticketMaxEur ?? null,
      })
      await profile.save()
      await profile.related('preferredSectors').sync(sectorIds ?? [])
      await profile.related('preferredMunicipalities').sync(municipalityIds ?? [])
      return profile
    })
  }
}
