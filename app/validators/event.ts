import vine from '@vinejs/vine'
import { supportedLocales } from '#config/i18n'

const optionalText = (max: number) => vine.string().trim().maxLength(max).optional()

/** Staff create or edit an event. */
export const eventValidator = vine.create({
  name: vine.string().trim().minLength(3).maxLength(160),
  city: vine.string().trim().minLength(2).maxLength(120),
  countryId: vine.number().withoutDecimals().exists({ table: 'countries', column: 'id' }),
  startsOn: vine.date({ formats: ['YYYY-MM-DD'] }),
  description: vine.string().trim().maxLength(5000).optional(),
  signupOpen: vine.boolean().optional(),
})

/** One attendee, from the CSV import or staff typing them in. */
export const attendeeValidator = vine.create({
  fullName: vine.string().trim().minLength(2).maxLength(160),
  email: vine.string().trim().email().maxLength(254),
  countryOfResidence: optionalText(120),
  placeOfBirth: optionalText(120),
})

/** The public sign-up form at /events/:slug. */
export const eventSignUpValidator = vine.create({
  fullName: vine.string().trim().minLength(2).maxLength(160),
  email: vine.string().trim().email().maxLength(254),
  countryOfResidence: vine.string().trim().minLength(2).maxLength(120),
  placeOfBirth: optionalText(120),
  locale: vine.enum(supportedLocales),
  consent: vine.accepted(),
})

/** The attendee list upload: a CSV file. */
export const importAttendeesValidator = vine.create({
  file: vine.file({ size: '2mb', extnames: ['csv', 'txt'] }),
})

/** Staff record that an attendee is interested in a listing (the page sends a number). */
export const markInterestValidator = vine.create({
  // Strict: `true` would otherwise count as listing 1.
  opportunityId: vine
    .number({ strict: true })
    .withoutDecimals()
    .exists({ table: 'opportunities', column: 'id' }),
})

/** What a won deal achieved. */
export const dealImpactValidator = vine.create({
  investedEur: vine.number().withoutDecimals().min(0).max(2_000_000_000),
  jobsCreated: vine.number().withoutDecimals().min(0).max(1_000_000),
  investorReturned: vine.boolean(),
})

/** An aftercare check-in logged on a won deal. */
export const aftercareCheckInValidator = vine.create({
  body: vine.string().trim().minLength(2).maxLength(5000),
})
