import type Introduction from '#models/introduction'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** An introduction as staff see it on the deal page. */
export default class IntroductionTransformer extends BaseTransformer<Introduction> {
  toObject() {
    return this.pick(this.resource, [
      'id',
      'status',
      'contactName',
      'contactEmail',
      'requestedAt',
      'dueAt',
      'respondedAt',
      'declineReason',
    ])
  }
}
