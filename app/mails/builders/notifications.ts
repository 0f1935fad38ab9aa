import type { BaseMail } from '@adonisjs/mail'
import Notification from '#models/notification'
import CrmNoticeMail from '#mails/crm_notice_mail'
import { absoluteUrlFor } from '#services/app_url'

/** Staff notifications that also go out by e-mail, rebuilt by the `mail:send` job from ids. */
export const notificationMailBuilders = {
  /** A colleague mentioned the recipient in a deal note. Null once the deal is gone. */
  async staff_mention({ notificationId }: { notificationId: number }): Promise<BaseMail | null> {
    const notification = await Notification.query()
      .where('id', notificationId)
      .preload('user')
      .preload('actor')
      .preload('deal')
      .first()
    if (!notification || !notification.deal) return null
    const { user, deal } = notification
    return new CrmNoticeMail(
      user,
      user.locale,
      'mention',
      {
        name: notification.actor?.fullName ?? '—',
        title: deal.title,
        excerpt: String(notification.data.excerpt ?? ''),
      },
      absoluteUrlFor('crm.deals.show', { id: deal.id })
    )
  },
}
