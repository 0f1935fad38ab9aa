import SavedSearch from '#models/saved_search'

/** An investor's saved searches, newest first. */
export default class ListSavedSearches {
  async handle(userId: number) {
    return SavedSearch.query().where('userId', userId).orderBy('createdAt', 'desc')
  }
}
