import type Notification from '#models/notification'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** A notification as its recipient sees it; the page words it from kind and data. */
export default class NotificationTransformer extends BaseTransformer<Notification> {
  toObject() {
    return {
      ...this.pick(this.resource, ['id', 'kind', 'dealId', 'readAt', 'createdAt']),
      data: this.resource.data as Record<string, string>,
      actorName: this.resource.actor?.fullName ?? null,
    }
  }
}
