import type DealTask from '#models/deal_task'
import { BaseTransformer } from '@adonisjs/core/transformers'

export default class DealTaskTransformer extends BaseTransformer<DealTask> {
  toObject() {
    return {
      ...this.pick(this.resource, ['id', 'title', 'dueAt', 'doneAt']),
      assigneeName: this.resource.assignee?.fullName ?? null,
    }
  }

  /** On the list of open tasks across deals: which deal it belongs to. */
  withDeal() {
    return {
      ...this.toObject(),
      deal: { id: this.resource.dealId, title: this.resource.deal?.title ?? null },
    }
  }
}
