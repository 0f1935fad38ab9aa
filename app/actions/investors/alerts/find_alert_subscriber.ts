import User from '#models/user'

/** The person an alert e-mail's signed unsubscribe link names; a 404 when the account is gone. */
export default class FindAlertSubscriber {
  async handle(userId: number) {
    return User.findOrFail(userId)
  }
}
