import vine from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import { alertFrequencies } from '#enums/matching'

export const profileLanguages = ['sr', 'en', 'de', 'fr', 'it', 'es', 'ru', 'sv', 'nl'] as const

/** What the Niš diaspora office asks every investor, plus what they want to see. */
export const investorProfileValidator = vine.create({
  residenceCountryId: vine.number().exists({ table: 'countries', column: 'id' }),
  residenceCity: vine.string().trim().maxLength(120).optional(),
  placeOfBirth: vine.string().trim().maxLength(120).optional(),
  education: vine.string().trim().maxLength(200).optional(),
  occupation: vine.string().trim().maxLength(120).optional(),
  company: vine.string().trim().maxLength(160).optional(),
  languages: vine.array(vine.enum(profileLanguages)).distinct().optional(),
  sectorIds: vine
    .array(vine.number().exists({ table: 'sectors', column: 'id' }))
    .distinct()
    .optional(),
  municipalityIds: vine
    .array(vine.number().exists({ table: 'municipalities', column: 'id' }))
    .maxLength(20)
    .distinct()
    .optional(),
  /** Consent to alert e-mails (saved searches, recommendations, staff invitations). */
  marketingOptIn: vine.boolean().optional(),
  recommendationFrequency: vine.enum(alertFrequencies).optional(),
  ticketMinEur: vine.number().withoutDecimals().range([1, 2_000_000_000]).optional(),
  ticketMaxEur: vine
    .number()
    .withoutDecimals()
    .range([1, 2_000_000_000])
    .optional()
    .use(
      vine.createRule((value, _, field) => {
        const min = field.data.ticketMinEur
        if (typeof min === 'number' && typeof value === 'number' && value < min) {
          field.report('The upper amount must be at least the lower one.', 'amountRange', field)
        }
      })()
    ),
})
export type InvestorProfileData = Infer<typeof investorProfileValidator>
