/** What a staff notification is about; the page and the e-mail name each one. */
export const notificationKinds = ['deal_assigned', 'reply_received', 'task_due', 'mention'] as const
export type NotificationKind = (typeof notificationKinds)[number]
