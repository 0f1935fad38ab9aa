import Notification from '#models/notification'

/** One notification by id (a 404 when there is none); the policy decides whose it is. */
export default class FindNotification {
  async handle(id: number) {
    return Notification.findOrFail(id)
  }
}
