import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import type Import from '#models/import'

/** Staff see every import; a partner only their own (others are told it does not exist). */
export default class ImportPolicy extends BasePolicy {
  manage(user: User, run: Import): AuthorizerResponse {
    if (user.role === 'staff' || user.role === 'admin') return true
    if (user.id === run.userId) return true
    return AuthorizationResponse.deny('Not found', 404)
  }
}
