import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import type SavedSearch from '#models/saved_search'

/** A saved search is its investor's alone: anyone else is told it does not exist. */
export default class SavedSearchPolicy extends BasePolicy {
  manage(user: User, search: SavedSearch): AuthorizerResponse {
    if (user.id === search.userId) return true
    return AuthorizationResponse.deny('Not found', 404)
  }
}
