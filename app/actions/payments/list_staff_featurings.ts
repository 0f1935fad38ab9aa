import FeaturedListing from '#models/featured_listing'
import Opportunity from '#models/opportunity'

/**
 * What staff see above the ledger: the listings featured right now (bought or granted,
 * with the reason), and the published listings they may grant featuring to.
 */
export default class ListStaffFeaturings {
  async handle() {
    const [running, grantable] = await Promise.all([
      FeaturedListing.query()
        .where('status', 'active')
        .preload('opportunity')
        .preload('createdBy')
        .orderBy('endsAt')
        .limit(200),
      Opportunity.query()
        .where('status', 'published')
        .orderBy('titleEn')
        .select('id', 'titleEn', 'titleSr', 'featuredUntil')
        .limit(500),
    ])
    return { running, grantable }
  }
}
