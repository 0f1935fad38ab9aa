import Notification from '#models/notification'
import type User from '#models/user'

export const NOTIFICATIONS_PER_PAGE = 30

/** A staff member's notifications, newest first, a page at a time, with the unread count. */
export default class ListNotifications {
  async handle({ user, page }: { user: User; page?: number }) {
    const notifications = await Notification.query()
      .where('userId', user.id)
      .preload('actor')
      .orderBy('id', 'desc')
      .paginate(page ?? 1, NOTIFICATIONS_PER_PAGE)
    return { notifications, unread: await countUnread(user.id) }
  }
}

/** How many notifications a staff member has not read (the bell's number). */
export async function countUnread(userId: number) {
  const [row] = await Notification.query()
    .where('userId', userId)
    .whereNull('readAt')
    .count('* as total')
  return Number(row.$extras.total)
}
