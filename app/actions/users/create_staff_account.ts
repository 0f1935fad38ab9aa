import { DateTime } from 'luxon'
import User from '#models/user'

/** Staff and admin accounts exist only through `node ace users:create-staff`, never public sign-up. */
export default class CreateStaffAccount {
  async handle(data: {
    fullName: string
    email: string
    password: string
    role: 'staff' | 'admin'
  }) {
    return User.create({
      ...data,
      email: data.email.toLowerCase(),
      locale: 'en',
      emailVerifiedAt: DateTime.now(),
    })
  }
}
