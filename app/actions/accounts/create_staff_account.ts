import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import audit from '#services/audit'

/** Staff and admin accounts exist only through `node ace users:create-staff`, never public sign-up. */
export default class CreateStaffAccount {
  async handle(data: {
    fullName: string
    email: string
    password: string
    role: 'staff' | 'admin'
  }) {
    return db.transaction(async (trx) => {
      const user = await User.create(
        {
          ...data,
          email: data.email.toLowerCase(),
          locale: 'en',
          emailVerifiedAt: DateTime.now(),
        },
        { client: trx }
      )
      // Granting a staff role is a role change; it comes from the console, so no actor.
      await audit.record(trx, {
        actor: null,
        action: 'user.created',
        subject: audit.subject('user', user),
        after: { email: user.email, fullName: user.fullName, role: user.role },
      })
      return user
    })
  }
}
