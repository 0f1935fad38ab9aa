import type FeaturedListing from '#models/featured_listing'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** A featuring period as the listing's partner and staff see it. */
export default class FeaturedListingTransformer extends BaseTransformer<FeaturedListing> {
  toObject() {
    const createdBy = this.resource.$preloaded.createdBy as FeaturedListing['createdBy'] | undefined
    const opportunity = this.resource.$preloaded.opportunity as
      FeaturedListing['opportunity'] | undefined
    return {
      ...this.pick(this.resource, [
        'id',
        'opportunityId',
        'source',
        'status',
        'days',
        'amount',
        'currency',
        'startsAt',
        'endsAt',
        'endedAt',
        'reason',
      ]),
      createdByName: createdBy?.fullName ?? null,
      opportunityTitle: opportunity ? opportunity.titleEn || opportunity.titleSr || '' : null,
    }
  }
}
