import type User from '#models/user'

/** Remembers a signed-in person's language on their account (e-mails use it). */
export default class SwitchLocale {
  async handle({ user, locale }: { user: User; locale: string }) {
    if (user.locale === locale) return
    user.locale = locale
    await user.save()
  }
}
