import vine from '@vinejs/vine'
import { contactKinds } from '#enums/crm'

export const contactFiltersValidator = vine.create({
  q: vine.string().trim().maxLength(120).optional(),
  kind: vine.enum(contactKinds).optional(),
  page: vine.number().withoutDecimals().positive().optional(),
})
