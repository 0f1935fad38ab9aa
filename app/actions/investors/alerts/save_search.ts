import SavedSearch from '#models/saved_search'
import type User from '#models/user'
import type { AlertFrequency } from '#enums/matching'
import type { OpportunitySearchFilters } from '#validators/opportunity'
import type { SavedSearchFilters } from '#validators/saved_search'

/** Saves an investor's browse search under a name, with how often to e-mail about it. */
export default class SaveSearch {
  async handle({
    investor,
    data,
  }: {
    investor: User
    data: { name: string; frequency: AlertFrequency; filters: OpportunitySearchFilters }
  }) {
    return SavedSearch.create({
      userId: investor.id,
      name: data.name,
      frequency: data.frequency,
      filters: storedFilters(data.filters),
    })
  }
}

/** Only what selects listings (no paging or order), without empty values. */
export function storedFilters(filters: OpportunitySearchFilters): SavedSearchFilters {
  const { page, per_page: perPage, sort, ...rest } = filters
  ;(void page, void perPage, void sort)
  return Object.fromEntries(
    Object.entries(rest).filter(
      ([, value]) =>
        value !== undefined && value !== null && !(Array.isArray(value) && !value.length)
    )
  ) as SavedSearchFilters
}
