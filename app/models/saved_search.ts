import { SavedSearchSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import type { SavedSearchFilters } from '#validators/saved_search'

/** An investor's named /opportunities search, with how often they want e-mail about it. */
export default class SavedSearch extends SavedSearchSchema {
  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  /** The stored filters, as the search action takes them (validated when saved). */
  get searchFilters() {
    return this.filters as SavedSearchFilters
  }
}
