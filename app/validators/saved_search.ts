import vine from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import { alertFrequencies } from '#enums/matching'
import type { OpportunitySearchFilters } from '#validators/opportunity'

/** A search as stored: the browse filters without paging and ordering. */
export type SavedSearchFilters = Omit<OpportunitySearchFilters, 'page' | 'per_page' | 'sort'>

const name = () => vine.string().trim().minLength(1).maxLength(120)

/**
 * Saving the current /opportunities search. `filters` is checked again by the browse
 * page's own validator (opportunitySearchValidator), so a saved search is exactly a
 * search the page accepts.
 */
export const savedSearchValidator = vine.create({
  name: name(),
  frequency: vine.enum(alertFrequencies),
  filters: vine.record(vine.any()),
})

/** Renaming a saved search or changing how often it e-mails. */
export const savedSearchUpdateValidator = vine.create({
  name: name(),
  frequency: vine.enum(alertFrequencies),
})

export type SavedSearchUpdate = Infer<typeof savedSearchUpdateValidator>

/** The browse page's filters as posted (JSON), with blank fields left out as the page does. */
export function filterInput(filters: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== '' && value !== null)
  )
}
