import Opportunity from '#models/opportunity'
import type User from '#models/user'

/** An investor's watchlist, the most recently saved first. */
export default class ListSavedOpportunities {
  handle({ investor }: { investor: User }) {
    return Opportunity.query()
      .join('saved_opportunities', 'saved_opportunities.opportunity_id', 'opportunities.id')
      .where('saved_opportunities.user_id', investor.id)
      .select('opportunities.*')
      .preload('municipality')
      .preload('sectors')
      .orderBy('saved_opportunities.created_at', 'desc')
  }
}
