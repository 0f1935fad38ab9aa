import type User from '#models/user'

/**
 * What the event sign-up form starts with: a signed-in visitor's name, e-mail and
 * language, or empty fields in the page's language for a visitor without an account.
 */
export default class PrefillEventSignUp {
  handle({ user, locale }: { user?: User; locale: string }) {
    return {
      fullName: user?.fullName ?? '',
      email: user?.email ?? '',
      locale: user?.locale ?? locale,
    }
  }
}
