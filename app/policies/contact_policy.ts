import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'

/** The CRM's people are for staff only: contact details never reach partners or investors. */
export default class ContactPolicy extends BasePolicy {
  viewList(user: User): AuthorizerResponse {
    return user.isStaff
  }

  view(user: User): AuthorizerResponse {
    return user.isStaff
  }

  /** Finding duplicates and merging people is staff work too; partners never see contacts. */
  merge(user: User): AuthorizerResponse {
    return user.isStaff
  }
}
