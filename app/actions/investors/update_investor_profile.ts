import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import InvestorProfile from '#models/investor_profile'
import type User from '#models/user'
import OpportunityAlert from '#models/opportunity_alert'
import type { InvestorProfileData } from '#validators/investor_profile'
import { recordConsent } from '#actions/trust/privacy/record_consent'

/** Saves the investor's profile and preferences together (all or nothing). */
export default class UpdateInvestorProfile {
  async handle({
    investor,
    data,
    ip,
  }: {
    investor: User
    data: InvestorProfileData
    ip?: string | null
  }) {
    return db.transaction(async (trx) => {
      const { sectorIds, municipalityIds, marketingOptIn, ...fields } = data
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
        recommendationFrequency:
          fields.recommendationFrequency ?? profile.recommendationFrequency ?? 'weekly',
      })
      await profile.save()
      await profile.related('preferredSectors').sync(sectorIds ?? [])
      await profile.related('preferredMunicipalities').sync(municipalityIds ?? [])
      // Consent is kept with the moment it was given; unticking withdraws it.
      const consent = marketingOptIn ?? false
      if (consent !== investor.marketingOptIn) {
        investor.useTransaction(trx)
        investor.merge({
          marketingOptIn: consent,
          marketingOptInAt: consent ? DateTime.now() : null,
        })
        await investor.save()
        await recordConsent(trx, {
          userId: investor.id,
          kind: 'marketing_emails',
          granted: consent,
          ip,
        })
        if (!consent) {
          await OpportunityAlert.withholdPending(trx, investor.id)
        }
      }
      return profile
    })
  }
}
