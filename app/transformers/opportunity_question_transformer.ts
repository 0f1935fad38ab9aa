import type OpportunityQuestion from '#models/opportunity_question'
import { BaseTransformer } from '@adonisjs/core/transformers'

/**
 * A question and its answer. The asker is shown by first name only on the listing;
 * the partner's and staff pages use the `forPartner` variant with name and e-mail.
 */
export default class OpportunityQuestionTransformer extends BaseTransformer<OpportunityQuestion> {
  toObject() {
    return {
      ...this.pick(this.resource, [
        'id',
        'opportunityId',
        'visibility',
        'locale',
        'body',
        'answerEn',
        'answerSr',
        'answeredAt',
        'createdAt',
      ]),
      askerFirstName: this.resource.asker?.fullName.split(' ')[0] ?? null,
    }
  }

  forPartner() {
    return {
      ...this.toObject(),
      dueAt: this.resource.dueAt,
      hiddenAt: this.resource.hiddenAt,
      askerName: this.resource.asker?.fullName ?? null,
      askerEmail: this.resource.asker?.email ?? null,
    }
  }
}
