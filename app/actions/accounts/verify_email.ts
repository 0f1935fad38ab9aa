import { DateTime } from 'luxon'
import User from '#models/user'

/** The signed link from the verification e-mail was opened: the address is confirmed, once. */
export default class VerifyEmail {
  async handle(userId: number) {
    const user = await User.findOrFail(userId)
    if (!user.emailVerifiedAt) {
      user.emailVerifiedAt = DateTime.now()
      await user.save()
    }
    return user
  }
}
