import vine from '@vinejs/vine'
import { ndaLocales, questionVisibilities } from '#enums/data_room'

/** Signing a listing's NDA: the full name typed as a signature, consent, the text's language. */
export const signNdaValidator = vine.create({
  fullName: vine.string().trim().minLength(3).maxLength(200),
  consent: vine.accepted(),
  locale: vine.enum(ndaLocales),
})

/** A partner's new NDA version; Cyrillic left empty is transliterated from the Latin text. */
export const ndaVersionValidator = vine.create({
  bodyEn: vine.string().trim().minLength(50).maxLength(30_000),
  bodySrLatn: vine.string().trim().minLength(50).maxLength(30_000),
  bodySrCyrl: vine.string().trim().maxLength(30_000).optional(),
})

/** An investor's question on a listing. */
export const questionValidator = vine.create({
  body: vine.string().trim().minLength(10).maxLength(2000),
  visibility: vine.enum(questionVisibilities),
})

/** The partner's answer: English, Serbian or both (at least one). */
export const answerValidator = vine.create({
  answerEn: vine.string().trim().maxLength(5000).optional().requiredIfMissing('answerSr'),
  answerSr: vine.string().trim().maxLength(5000).optional(),
})
