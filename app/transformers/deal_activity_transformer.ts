import type DealActivity from '#models/deal_activity'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** A timeline line (staff only). */
export default class DealActivityTransformer extends BaseTransformer<DealActivity> {
  toObject() {
    return {
      ...this.pick(this.resource, ['id', 'kind', 'body', 'meta', 'occurredAt']),
      actorName: this.resource.actor?.fullName ?? null,
    }
  }

  /** A line of a timeline across several deals names its deal. */
  withDeal() {
    return {
      ...this.toObject(),
      deal: { id: this.resource.dealId, title: this.resource.deal?.title ?? null },
    }
  }
}
