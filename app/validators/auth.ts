import vine from '@vinejs/vine'
import { selfRegisteringKinds } from '#enums/organisation'

const email = () => vine.string().trim().toLowerCase().email().maxLength(254)
const newPassword = () =>
  vine
    .string()
    .minLength(10)
    .maxLength(128)
    .confirmed({ confirmationField: 'passwordConfirmation' })
const fullName = () => vine.string().trim().minLength(2).maxLength(120)
const uniqueEmail = () =>
  email().unique(async (db, value) => {
    const row = await db.from('users').whereRaw('lower(email) = ?', [value]).first()
    return !row
  })

export const registerInvestorValidator = vine.create({
  fullName: fullName(),
  email: uniqueEmail(),
  password: newPassword(),
  residenceCountryId: vine.number().exists({ table: 'countries', column: 'id' }),
  residenceCity: vine.string().trim().maxLength(120).optional(),
  acceptTerms: vine.accepted(),
  /** Unticked by default: marketing e-mail needs its own, explicit yes (GDPR art. 7). */
  marketingOptIn: vine.boolean().optional(),
})

export const registerPartnerValidator = vine.create({
  fullName: fullName(),
  email: uniqueEmail(),
  password: newPassword(),
  acceptTerms: vine.accepted(),
  organisation: vine.object({
    name: vine.string().trim().minLength(2).maxLength(160),
    kind: vine.enum(selfRegisteringKinds),
    countryId: vine.number().exists({ table: 'countries', column: 'id' }),
    municipalityId: vine.number().exists({ table: 'municipalities', column: 'id' }).optional(),
    website: vine.string().trim().url({ require_protocol: true }).maxLength(255).optional(),
  }),
})

export const loginValidator = vine.create({
  email: email(),
  password: vine.string().maxLength(128),
})

export const forgotPasswordValidator = vine.create({
  email: email(),
})

export const resetPasswordValidator = vine.create({
  token: vine.string().regex(/^[a-f0-9]{64}$/),
  password: newPassword(),
})

export const acceptInvitationValidator = vine.create({
  fullName: fullName(),
  password: newPassword(),
})

export const staffAccountValidator = vine.create({
  fullName: fullName(),
  email: uniqueEmail(),
  password: vine.string().minLength(10).maxLength(128),
  role: vine.enum(['staff', 'admin'] as const),
})
