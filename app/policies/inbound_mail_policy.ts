import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'

/** Received mail is the CRM's: staff read it, file it on deals and set it aside. */
export default class InboundMailPolicy extends BasePolicy {
  viewList(user: User): AuthorizerResponse {
    return user.isStaff
  }

  view(user: User): AuthorizerResponse {
    return user.isStaff
  }

  file(user: User): AuthorizerResponse {
    return user.isStaff
  }
}
