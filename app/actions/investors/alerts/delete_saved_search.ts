import type SavedSearch from '#models/saved_search'

/** Deletes a saved search. Alerts it already sent stay (never the same listing twice); they lose the link. */
export default class DeleteSavedSearch {
  async handle(search: SavedSearch) {
    await search.delete()
  }
}
