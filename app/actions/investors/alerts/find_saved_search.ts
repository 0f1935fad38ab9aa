import SavedSearch from '#models/saved_search'

/** A saved search by id, for its owner to be checked against; a 404 when missing. */
export default class FindSavedSearch {
  async handle(id: number) {
    return SavedSearch.findOrFail(id)
  }
}
