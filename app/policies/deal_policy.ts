import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import type Deal from '#models/deal'

/**
 * Changing many deals at once (the deal list's bulk actions), decided per deal: admins
 * may change any deal; a personal assistant changes their own deals and unassigned ones,
 * never a colleague's. A task goes on open deals only.
 */
export default class DealPolicy extends BasePolicy {
  bulkEdit(user: User, deal: Deal): AuthorizerResponse {
    if (!user.isStaff) return false
    if (user.role === 'admin' || deal.ownerId === null || deal.ownerId === user.id) return true
    return AuthorizationResponse.deny('Not your deal', 403).t('deals.bulk.errors.forbidden')
  }

  addTask(user: User, deal: Deal): AuthorizerResponse {
    if (deal.closedAt !== null) {
      return AuthorizationResponse.deny('Deal closed', 422).t('deals.bulk.errors.closed')
    }
    return this.bulkEdit(user, deal)
  }
}
