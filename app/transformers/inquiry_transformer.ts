import type Inquiry from '#models/inquiry'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** A question a person asked through the public inquiry form (staff only). */
export default class InquiryTransformer extends BaseTransformer<Inquiry> {
  toObject() {
    return {
      ...this.pick(this.resource, ['id', 'question', 'dealId']),
      createdAt: this.resource.createdAt.toISO(),
    }
  }
}
