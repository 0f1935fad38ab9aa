import type { HttpContext } from '@adonisjs/core/http'
import logger from '@adonisjs/core/services/logger'
import ShowClub from '#actions/payments/show_club'
import ClubMembershipTransformer from '#transformers/club_membership_transformer'
import StartClubCheckout from '#actions/payments/start_club_checkout'
import OpenBillingPortal from '#actions/payments/open_billing_portal'
import { clubCheckoutValidator } from '#validators/payments'
import { paymentsEnabled, paymentsSettings } from '#services/stripe'

/** The Investor Club on the investor's account: status, joining, and the Stripe portal. */
export default class ClubController {
  async show({ auth, inertia }: HttpContext) {
    const investor = auth.getUserOrFail()
    const { membership, hasBillingAccount } = await new ShowClub().handle({ investor })
    const settings = paymentsSettings()
    return inertia.render('payments/club', {
      membership: membership ? ClubMembershipTransformer.transform(membership) : null,
      paymentsEnabled: paymentsEnabled(),
      plans: (['monthly', 'yearly'] as const).filter((plan) => !!settings.club[plan]),
      hasBillingAccount,
    })
  }

  async checkout({ auth, request, response, inertia, session, i18n, bouncer }: HttpContext) {
    await bouncer.with('PaymentPolicy').authorize('joinClub')
    const { plan } = await request.validateUsing(clubCheckoutValidator)
    if (!paymentsEnabled()) {
      session.flash('error', i18n.t('payments.not_configured'))
      return response.redirect().back()
    }
    try {
      const url = await new StartClubCheckout().handle({
        investor: auth.getUserOrFail(),
        plan,
        message: i18n.t('payments.club.plan_unavailable'),
      })
      // Already a member: nothing to buy.
      if (!url) return response.redirect().back()
      return request.header('x-inertia') ? inertia.location(url) : response.redirect(url)
    } catch (error) {
      if ((error as { code?: string }).code === 'E_VALIDATION_ERROR') throw error
      logger.error({ err: error }, 'club checkout failed')
      session.flash('error', i18n.t('payments.stripe_unavailable'))
      return response.redirect().back()
    }
  }

  async portal({ auth, request, response, inertia, session, i18n }: HttpContext) {
    if (!paymentsEnabled()) {
      session.flash('error', i18n.t('payments.not_configured'))
      return response.redirect().back()
    }
    try {
      const url = await new OpenBillingPortal().handle({ investor: auth.getUserOrFail() })
      if (!url) {
        session.flash('error', i18n.t('payments.club.no_billing_account'))
        return response.redirect().back()
      }
      return request.header('x-inertia') ? inertia.location(url) : response.redirect(url)
    } catch (error) {
      logger.error({ err: error }, 'billing portal failed')
      session.flash('error', i18n.t('payments.stripe_unavailable'))
      return response.redirect().back()
    }
  }
}
