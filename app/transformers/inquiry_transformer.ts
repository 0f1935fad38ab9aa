import type Inquiry from '#models/inquiry'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** A question a person asked through the public inquiry form (staff only). */
export default class InquiryTransformer extends BaseTransformer<Inquiry> {
  toObject() {
    const inquiry = this.resource
    return {
      id: inquiry.id,
      question: inquiry.question,
      dealId: inquiry.dealId,
      createdAt: inquiry.createdAt.toISO(),
    }
  }
}
