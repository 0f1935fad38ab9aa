import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import OpportunityAlert from '#models/opportunity_alert'
import type Opportunity from '#models/opportunity'
import ScoreMatches from '#actions/investors/matching/score_matches'
import { explainMatch } from '#services/match_explanation'
import type { AlertState } from '#enums/matching'

export type InvestorMatch = {
  investor: {
    id: number
    fullName: string
    email: string
    placeOfBirth: string | null
    residenceCity: string | null
  }
  score: number
  explanation: string | null
  /** Agreed to marketing e-mail: only then may staff invite them. */
  consent: boolean
  /** Already told about this listing (alert or invitation), and how. */
  alerted: { state: AlertState; invited: boolean; at: string } | null
  /** The investor's deal for this listing, if any (its timeline records the invitation). */
  dealId: number | null
}

/**
 * The investors a listing suits best, for staff: score, the reasons in the staff
 * member's language, consent, and whether they were already told. Three queries
 * whatever the number of investors: scores, people (with profile and deal), alerts.
 */
export default class ListOpportunityMatches {
  async handle({
    opportunity,
    locale,
    limit = 25,
  }: {
    opportunity: Opportunity
    locale: string
    limit?: number
  }): Promise<InvestorMatch[]> {
    const matches = await new ScoreMatches().forOpportunity(opportunity.id, { limit })
    const userIds = matches.map((match) => match.userId)
    const users = await User.query()
      .whereIn('id', userIds)
      .preload('investorProfile')
      .select('users.*')
      .select(
        db
          .from('deals')
          .whereColumn('deals.investor_id', 'users.id')
          .where('deals.opportunity_id', opportunity.id)
          .select('id')
          .limit(1)
          .as('deal_id')
      )
    const alerts = await OpportunityAlert.query()
      .where('opportunityId', opportunity.id)
      .whereIn('userId', userIds)
    const rows: InvestorMatch[] = []
    for (const match of matches) {
      const user = users.find((each) => each.id === match.userId)
      if (!user) continue
      const alert = alerts.find((each) => each.userId === match.userId)
      rows.push({
        investor: {
          id: user.id,
          fullName: user.fullName,
          email: user.email,
          placeOfBirth: user.investorProfile?.placeOfBirth ?? null,
          residenceCity: user.investorProfile?.residenceCity ?? null,
        },
        score: match.score,
        explanation: await explainMatch(match, locale),
        consent: user.marketingOptIn,
        alerted: alert
          ? {
              state: alert.state,
              invited: alert.invitedById !== null,
              at: alert.createdAt.toISO()!,
            }
          : null,
        dealId: (user.$extras.deal_id as number | null) ?? null,
      })
    }
    return rows
  }
}
