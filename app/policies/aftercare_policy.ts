import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import type Deal from '#models/deal'

/**
 * Impact and aftercare belong to won deals only: recording an investment on a deal
 * still open (or lost) is refused as unprocessable, not as forbidden.
 */
export default class AftercarePolicy extends BasePolicy {
  record(user: User, deal: Deal): AuthorizerResponse {
    if (!user.isStaff) return false
    if (deal.stage?.kind !== 'won')
      return AuthorizationResponse.deny('Deal not won', 422).t('community.events.impact.not_won')
    return true
  }
}
