import Notification from '#models/notification'
import type User from '#models/user'

/** Marks one notification (or, without one, all of the person's) as read. */
export default class MarkNotificationsRead {
  async handle({ user, notification }: { user: User; notification?: Notification }) {
    const updated = await Notification.query()
      .where('userId', user.id)
      .whereNull('readAt')
      .if(notification, (query) => query.where('id', notification!.id))
      .update({ read_at: new Date() })
    return Number(updated)
  }
}
