import vine from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import { organisationKinds } from '#enums/organisation'

/** Filters of the public directory (query string). */
export const directoryFilterValidator = vine.create({
  country: vine.string().trim().toUpperCase().fixedLength(2).optional(),
  municipality: vine.string().trim().maxLength(80).optional(),
  kind: vine.enum(organisationKinds).optional(),
  page: vine.number().withoutDecimals().range([1, 1000]).optional(),
})
export type DirectoryFilters = Infer<typeof directoryFilterValidator>
