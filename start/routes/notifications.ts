import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { staff } from '#start/audiences'

const notifications = controllers.notifications

/*
| The staff's notification centre (the bell in the staff layout). Live updates arrive
| over Transmit on `notifications/<user id>` (start/transmit.ts).
*/
staff(() => {
  router.get('/', [notifications.Notifications, 'index']).as('crm.notifications.index')
  router.get('/unread', [notifications.Notifications, 'unread']).as('crm.notifications.unread')
  router
    .post('/read', [notifications.Notifications, 'markAllRead'])
    .as('crm.notifications.read_all')
  router.post('/:id/read', [notifications.Notifications, 'markRead']).as('crm.notifications.read')
  router
    .post('/settings', [notifications.Notifications, 'settings'])
    .as('crm.notifications.settings')
}, '/crm/notifications')
