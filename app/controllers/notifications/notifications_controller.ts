import type { HttpContext } from '@adonisjs/core/http'
import ListNotifications, { countUnread } from '#actions/notifications/list_notifications'
import FindNotification from '#actions/notifications/find_notification'
import MarkNotificationsRead from '#actions/notifications/mark_notifications_read'
import UpdateNotificationSettings from '#actions/notifications/update_notification_settings'
import NotificationTransformer from '#transformers/notification_transformer'
import { notificationListValidator, notificationSettingsValidator } from '#validators/notification'

/** The staff's notification centre: the list, marking read, and the e-mail preference. */
export default class NotificationsController {
  async index({ request, auth, inertia, bouncer }: HttpContext) {
    await bouncer.with('NotificationPolicy').authorize('viewList')
    const [, filters] = await notificationListValidator.tryValidate(request.qs())
    const user = auth.getUserOrFail()
    const { notifications, unread } = await new ListNotifications().handle({
      user,
      page: filters?.page,
    })
    return inertia.render('notifications/index', {
      notifications: NotificationTransformer.transform(notifications.all()),
      meta: {
        currentPage: notifications.currentPage,
        lastPage: notifications.lastPage,
        total: notifications.total,
      },
      unread,
      emailOnMention: user.emailOnMention,
    })
  }

  /** The bell's number, fetched once per full page load (the layout then keeps it live). */
  async unread({ auth, bouncer }: HttpContext) {
    await bouncer.with('NotificationPolicy').authorize('viewList')
    return { unread: await countUnread(auth.getUserOrFail().id) }
  }

  async markRead({ params, request, auth, bouncer, response }: HttpContext) {
    const notification = await new FindNotification().handle(params.id)
    await bouncer.with('NotificationPolicy').authorize('markRead', notification)
    await new MarkNotificationsRead().handle({ user: auth.getUserOrFail(), notification })
    // Marked on the way to the deal (fetch): nothing to show.
    if (request.accepts(['html', 'json']) === 'json') return response.noContent()
    return response.redirect().back()
  }

  async markAllRead({ auth, bouncer, response }: HttpContext) {
    await bouncer.with('NotificationPolicy').authorize('viewList')
    await new MarkNotificationsRead().handle({ user: auth.getUserOrFail() })
    return response.redirect().back()
  }

  async settings({ request, auth, bouncer, response, session, i18n }: HttpContext) {
    const { emailOnMention } = await request.validateUsing(notificationSettingsValidator)
    await bouncer.with('NotificationPolicy').authorize('viewList')
    await new UpdateNotificationSettings().handle({ user: auth.getUserOrFail(), emailOnMention })
    session.flash('success', i18n.t('notifications.settings.saved'))
    return response.redirect().back()
  }
}
