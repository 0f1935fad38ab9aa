import type Interest from '#models/interest'
import { BaseTransformer } from '@adonisjs/core/transformers'
import OpportunityTransformer from '#transformers/opportunity_transformer'

/** An interest as its investor (and staff) see it. */
export default class InterestTransformer extends BaseTransformer<Interest> {
  toObject() {
    return {
      ...this.pick(this.resource, [
        'id',
        'amountMinEur',
        'amountMaxEur',
        'message',
        'contactChannel',
        'contactLanguage',
        'status',
        'createdAt',
        'updatedAt',
      ]),
      // Two levels, so the opportunity arrives with its municipality.
      opportunity: OpportunityTransformer.transform(
        this.whenLoaded(this.resource.opportunity)
      )?.depth(2),
    }
  }

  /** Staff also see who the investor is. */
  forStaff() {
    const investor = this.resource.$preloaded.investor as Interest['investor'] | undefined
    return {
      ...this.toObject(),
      investor: investor
        ? { id: investor.id, fullName: investor.fullName, email: investor.email }
        : null,
    }
  }
}
