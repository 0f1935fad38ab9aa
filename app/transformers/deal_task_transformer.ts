import type DealTask from '#models/deal_task'
import { BaseTransformer } from '@adonisjs/core/transformers'

export default class DealTaskTransformer extends BaseTransformer<DealTask> {
  toObject() {
    return {
      ...this.pick(this.resource, ['id', 'title', 'dueAt', 'doneAt']),
      assigneeName: this.resource.assignee?.fullName ?? null,
    }
  }
}
