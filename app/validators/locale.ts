import vine from '@vinejs/vine'
import { supportedLocales } from '#config/i18n'

export const switchLocaleValidator = vine.create({
  locale: vine.enum(supportedLocales),
})
