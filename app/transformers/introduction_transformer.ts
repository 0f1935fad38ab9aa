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

  /** On the organisation's CRM page: which deal, and how long the partner took to answer. */
  forOrganisation() {
    const introduction = this.resource
    return {
      ...this.toObject(),
      deal: { id: introduction.dealId, title: introduction.deal?.title ?? null },
      responseHours: introduction.respondedAt
        ? Math.round(introduction.respondedAt.diff(introduction.requestedAt, 'hours').hours)
        : null,
    }
  }
}
