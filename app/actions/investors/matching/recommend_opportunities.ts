import Opportunity from '#models/opportunity'
import type User from '#models/user'
import ScoreMatches from '#actions/investors/matching/score_matches'
import { describeMatches } from '#services/match_explanation'

/**
 * "Recommended for you": the published listings that score best for an investor's
 * profile (among equal scores the partners who answer best, then the freshest), each with
 * its reasons in words.
 */
export default class RecommendOpportunities {
  async handle({
    investor,
    locale,
    limit = 6,
  }: {
    investor: User
    locale: string
    limit?: number
  }) {
    const matches = await new ScoreMatches().forInvestor(investor.id, { limit })
    const ids = matches.map((match) => match.opportunityId)
    const found = await Opportunity.query()
      .whereIn('id', ids)
      .preload('municipality')
      .preload('sectors', (sectors) => sectors.orderBy('position'))
    // Keep the ranking of the score query.
    const opportunities = ids
      .map((id) => found.find((opportunity) => opportunity.id === id))
      .filter((opportunity): opportunity is Opportunity => Boolean(opportunity))
    return { opportunities, matches: await describeMatches(matches, locale) }
  }

  /** Scores and reasons for listings already on a page (browse cards, one listing). */
  async forListings({
    investor,
    locale,
    opportunityIds,
  }: {
    investor: User | null
    locale: string
    opportunityIds: number[]
  }) {
    if (investor?.role !== 'investor' || !opportunityIds.length) return {}
    const matches = await new ScoreMatches().forInvestor(investor.id, {
      opportunityIds,
      limit: opportunityIds.length,
    })
    return describeMatches(matches, locale)
  }
}
