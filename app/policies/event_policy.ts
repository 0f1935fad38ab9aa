import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'

/** Events and their attendee lists (personal data) are run by staff only. */
export default class EventPolicy extends BasePolicy {
  viewList(user: User): AuthorizerResponse {
    return user.isStaff
  }

  view(user: User): AuthorizerResponse {
    return user.isStaff
  }

  manage(user: User): AuthorizerResponse {
    return user.isStaff
  }
}
