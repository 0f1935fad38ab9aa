import type SavedSearch from '#models/saved_search'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** A saved search on the investor's own list, with the browse link that repeats it. */
export default class SavedSearchTransformer extends BaseTransformer<SavedSearch> {
  toObject() {
    const query = new URLSearchParams()
    for (const [key, value] of Object.entries(this.resource.searchFilters)) {
      for (const each of Array.isArray(value) ? value : [value]) query.append(key, String(each))
    }
    return {
      ...this.pick(this.resource, ['id', 'name', 'frequency', 'createdAt']),
      filters: this.resource.searchFilters,
      browseUrl: `/opportunities?${query.toString()}`,
    }
  }
}
