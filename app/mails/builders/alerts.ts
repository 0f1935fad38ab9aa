import type { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import OpportunityAlert from '#models/opportunity_alert'
import type User from '#models/user'
import OpportunityAlertMail, { type AlertedListing } from '#mails/opportunity_alert_mail'
import AlertDigestMail from '#mails/alert_digest_mail'
import OpportunityInvitationMail from '#mails/opportunity_invitation_mail'
import { explainMatch } from '#services/match_explanation'
import type { Match } from '#enums/matching'
import { absoluteSignedUrlFor, absoluteUrlFor } from '#services/app_url'

/**
 * Alert e-mails to investors. Each checks again, when it is sent, that the investor
 * still agrees to marketing e-mail and the listing is still on the marketplace:
 * otherwise there is nothing to send (null).
 */

/** The signed link in every alert that unsubscribes without logging in; it does not expire. */
export function unsubscribeUrl(user: User) {
  return absoluteSignedUrlFor('alerts.unsubscribe', { id: user.id }, { purpose: 'unsubscribe' })
}

/**
 * Each alerted listing with its link and, in the reader's language, why it was sent: the
 * matches were scored when the e-mail was queued and come with it.
 */
async function describe(
  alerts: OpportunityAlert[],
  user: User,
  matches: Match[]
): Promise<AlertedListing[]> {
  const i18n = i18nManager.locale(user.locale)
  const listings: AlertedListing[] = []
  for (const alert of alerts) {
    const match = matches.find((each) => each.opportunityId === alert.opportunityId)
    const explanation = match ? await explainMatch(match, user.locale) : null
    listings.push({
      title: alert.opportunity.titleFor(user.locale),
      url: absoluteUrlFor('opportunities.show', { slug: alert.opportunity.slug }),
      notes: [
        alert.savedSearch
          ? i18n.t('investors.matching.emails.found_by_search', { name: alert.savedSearch.name })
          : null,
        explanation,
      ].filter((note): note is string => Boolean(note)),
    })
  }
  return listings
}

function loadAlerts(ids: number[]) {
  return OpportunityAlert.query()
    .whereIn('id', ids)
    .preload('user')
    .preload('opportunity')
    .preload('savedSearch')
    .preload('invitedBy')
    .orderBy('id')
}

/** Alerts still worth telling: consent kept, listing still published. */
function stillWanted(alerts: OpportunityAlert[]) {
  return alerts.filter(
    (alert) => alert.user.marketingOptIn && alert.opportunity.status === 'published'
  )
}

type OneAlert = { alertId: number; match?: Match | null }

/** The mail about one alert still worth telling, its listing described; else nothing. */
async function forOneAlert(
  { alertId, match }: OneAlert,
  build: (alert: OpportunityAlert, listing: AlertedListing) => BaseMail
) {
  const [alert] = stillWanted(await loadAlerts([alertId]))
  if (!alert) return null
  const [listing] = await describe([alert], alert.user, match ? [match] : [])
  return build(alert, listing)
}

export const alertMailBuilders = {
  opportunity_alert: (payload: OneAlert) =>
    forOneAlert(
      payload,
      (alert, listing) =>
        new OpportunityAlertMail(alert.user, alert.user.locale, listing, unsubscribeUrl(alert.user))
    ),

  opportunity_invitation: (payload: OneAlert) =>
    forOneAlert(
      payload,
      (alert, listing) =>
        new OpportunityInvitationMail(
          alert.user,
          alert.user.locale,
          listing,
          alert.invitedBy?.fullName ?? 'Most',
          unsubscribeUrl(alert.user)
        )
    ),

  async alert_digest({
    alertIds,
    matches = [],
  }: {
    userId: number
    alertIds: number[]
    matches?: Match[]
  }): Promise<BaseMail | null> {
    const alerts = stillWanted(await loadAlerts(alertIds))
    if (!alerts.length) return null
    const user = alerts[0].user
    return new AlertDigestMail(
      user,
      user.locale,
      await describe(alerts, user, matches),
      absoluteUrlFor('opportunities.index'),
      unsubscribeUrl(user)
    )
  },
}
