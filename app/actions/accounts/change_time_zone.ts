import type User from '#models/user'

/** A person's own time zone: meetings are shown and sent to them in it. */
export default class ChangeTimeZone {
  async handle({ user, timeZone }: { user: User; timeZone: string }) {
    if (user.timeZone === timeZone) return user
    user.timeZone = timeZone
    await user.save()
    return user
  }
}
