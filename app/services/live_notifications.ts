import transmit from '@adonisjs/transmit/services/main'
import logger from '@adonisjs/core/services/logger'

/** A staff member's own channel, `notifications/<user id>` (authorised in start/transmit.ts). */
export const NOTIFICATIONS_CHANNEL = 'notifications/:id'

export function notificationChannel(userId: number) {
  return `notifications/${userId}`
}

/**
 * Tells a staff member's open tabs that a notification arrived, so the bell counts it
 * without a reload. Best effort: a missed event only means the count is fresh on the
 * next page; the notification itself is already stored.
 */
export function announceNotification(notification: {
  id: number
  userId: number
  kind: string
  dealId: number | null
}) {
  try {
    transmit.broadcast(notificationChannel(notification.userId), {
      id: notification.id,
      kind: notification.kind,
      dealId: notification.dealId,
    })
  } catch (error) {
    logger.warn({ err: error }, 'notification not broadcast')
  }
}
