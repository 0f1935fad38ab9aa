import vine from '@vinejs/vine'
import { supportedLocales } from '#config/i18n'

const optionalText = (max: number) => vine.string().trim().maxLength(max).optional()

/** The Niš diaspora office's inquiry form. */
export const inquiryValidator = vine.create({
  fullName: vine.string().trim().minLength(2).maxLength(160),
  email: vine.string().trim().email().maxLength(254),
  placeOfBirth: optionalText(120),
  placeOfResidence: optionalText(120),
  education: optionalText(160),
  university: optionalText(160),
  department: optionalText(160),
  currentJob: optionalText(160),
  company: optionalText(160),
  question: vine.string().trim().minLength(10).maxLength(5000),
  locale: vine.enum(supportedLocales),
  consent: vine.accepted(),
})
