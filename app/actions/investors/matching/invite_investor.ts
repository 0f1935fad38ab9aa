import db from '@adonisjs/lucid/services/db'
import i18nManager from '@adonisjs/i18n/services/main'
import type Opportunity from '#models/opportunity'
import type User from '#models/user'
import ScoreMatches from '#actions/investors/matching/score_matches'
import { recordAlerts } from '#actions/investors/alerts/record_alerts'
import { fieldError } from '#exceptions/field_error'

/**
 * Staff invite an investor to look at a listing that suits them: one e-mail, recorded
 * (on the deal's timeline when the investor has a deal for it, else among sent
 * e-mails). It counts as the investor's alert for this listing, so nobody is told
 * twice; and like every alert it needs the investor's marketing consent.
 */
export default class InviteInvestor {
  async handle({
    opportunity,
    investor,
    staff,
  }: {
    opportunity: Opportunity
    investor: User
    staff: User
  }) {
    const i18n = i18nManager.locale(staff.locale)
    if (!opportunity.isPublished) {
      throw fieldError('userId', i18n.t('investors.matching.staff.not_published'))
    }
    if (investor.role !== 'investor' || !investor.marketingOptIn) {
      throw fieldError('userId', i18n.t('investors.matching.staff.no_consent'))
    }
    const [match] = await new ScoreMatches().handle({
      userIds: [investor.id],
      opportunityIds: [opportunity.id],
      minScore: 0,
      limit: 1,
    })
    const written = await db.transaction(async (trx) => {
      const deal = await trx
        .from('deals')
        .where({ investor_id: investor.id, opportunity_id: opportunity.id })
        .select('id')
        .first()
      return recordAlerts(
        trx,
        opportunity.id,
        [
          {
            userId: investor.id,
            frequency: 'instant',
            savedSearchId: null,
            score: match?.score ?? 0,
            invitedById: staff.id,
            dealId: deal?.id ?? null,
          },
        ],
        'opportunity_invitation'
      )
    })
    if (!written.length) throw fieldError('userId', i18n.t('investors.matching.staff.already_told'))
    return written[0]
  }
}
