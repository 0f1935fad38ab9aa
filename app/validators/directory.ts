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

/** A directory entry staff add or correct (an organisation; partners register their own). */
export const directoryEntryValidator = vine.create({
  name: vine.string().trim().minLength(2).maxLength(160),
  kind: vine.enum(organisationKinds),
  countryId: vine.number().exists({
    table: 'countries',
    column: 'id',
    filter: (query) => {
      query.where('is_listing_region', true)
    },
  }),
  municipalityId: vine.number().exists({ table: 'municipalities', column: 'id' }).optional(),
  website: vine.string().trim().url().maxLength(255).optional(),
  description: vine.string().trim().maxLength(2000).optional(),
})
export type DirectoryEntryData = Infer<typeof directoryEntryValidator>
