import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'

/** The audit log shows every change by everyone: admins only (staff are audited too). */
export default class AuditEntryPolicy extends BasePolicy {
  viewList(user: User): AuthorizerResponse {
    return user.role === 'admin'
  }
}
