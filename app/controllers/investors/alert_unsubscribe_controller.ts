import type { HttpContext } from '@adonisjs/core/http'
import FindAlertSubscriber from '#actions/investors/alerts/find_alert_subscriber'
import UnsubscribeFromAlerts from '#actions/investors/alerts/unsubscribe_from_alerts'

/**
 * The unsubscribe link of every alert e-mail: signed, so it works without logging in,
 * and refused when tampered with. Opening it shows one button (mail scanners open links
 * too); mail clients' own unsubscribe button POSTs to the same link (RFC 8058).
 */
export default class AlertUnsubscribeController {
  async show({ params, request, inertia, response }: HttpContext) {
    if (!request.hasValidSignature('unsubscribe')) {
      return response.forbidden(await inertia.render('errors/forbidden', {}))
    }
    const user = await new FindAlertSubscriber().handle(params.id)
    return inertia.render('investors/unsubscribe', {
      subscribed: user.marketingOptIn,
      email: user.email,
      action: request.url(true),
    })
  }

  async store({ params, request, response, session, i18n }: HttpContext) {
    if (!request.hasValidSignature('unsubscribe')) return response.forbidden()
    const user = await new FindAlertSubscriber().handle(params.id)
    await new UnsubscribeFromAlerts().handle({ user, ip: request.ip() })
    session.flash('success', i18n.t('investors.matching.unsubscribe.done'))
    return response.redirect(request.url(true))
  }
}
