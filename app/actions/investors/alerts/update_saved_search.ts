import type SavedSearch from '#models/saved_search'
import type { SavedSearchUpdate } from '#validators/saved_search'

/** Renames a saved search or changes how often it e-mails (never its filters). */
export default class UpdateSavedSearch {
  async handle({ search, data }: { search: SavedSearch; data: SavedSearchUpdate }) {
    search.merge({ name: data.name, frequency: data.frequency })
    await search.save()
    return search
  }
}
