import Notification from '#models/notification'
import type User from '#models/user'

/** Marks one notification (or, without one, all of the person's) as read. */
export default class MarkNotificationsRead {
  async handle({ user, notification }: { user: User; notification?: Notification }) {
    const query = Notification.query().where('userId', user.id).whereNull('readAt')
    if (notification) query.where('id', notification.id)
    const updated = await query.update({ read_at: new Date() })
    return Number(updated)
  }
}
