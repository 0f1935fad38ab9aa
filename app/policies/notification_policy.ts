import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import type Notification from '#models/notification'

/** A notification is its recipient's: to anyone else it does not exist. */
export default class NotificationPolicy extends BasePolicy {
  viewList(user: User): AuthorizerResponse {
    return user.isStaff
  }

  markRead(user: User, notification: Notification): AuthorizerResponse {
    return notification.userId === user.id ? true : AuthorizationResponse.deny('Not found', 404)
  }
}
