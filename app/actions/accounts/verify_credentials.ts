import User from '#models/user'

/** Signing in: the account with this e-mail and password, or null for a wrong pair. */
export default class VerifyCredentials {
  async handle({ email, password }: { email: string; password: string }) {
    return User.verifyCredentials(email, password).catch(() => null)
  }
}
