import type { HttpContext } from '@adonisjs/core/http'
import logger from '@adonisjs/core/services/logger'
import FindOpportunity from '#actions/opportunities/find_opportunity'
import StartFeaturingCheckout from '#actions/payments/start_featuring_checkout'
import GrantFeaturing from '#actions/payments/grant_featuring'
import { grantFeaturingValidator, purchaseFeaturingValidator } from '#validators/payments'
import { paymentsEnabled } from '#services/stripe'
import type { FeaturedPeriod } from '#config/payments'

/** Featuring a listing: members buy it through Stripe Checkout, staff grant it for free. */
export default class FeaturingController {
  async purchase(ctx: HttpContext) {
    const { params, request, auth, bouncer, response, inertia } = ctx
    const opportunity = await new FindOpportunity().handle(
      { id: params.id },
      { preload: ['organisation'] }
    )
    await bouncer.with('PaymentPolicy').authorize('buyFeaturing', opportunity)
    const { days } = await request.validateUsing(purchaseFeaturingValidator)
    if (!paymentsEnabled()) return this.failed(ctx, 'payments.not_configured')
    try {
      const { url } = await new StartFeaturingCheckout().handle({
        opportunity,
        organisation: opportunity.organisation,
        buyer: auth.getUserOrFail(),
        days: days as FeaturedPeriod,
      })
      if (request.header('x-inertia')) return inertia.location(url)
      return response.redirect(url)
    } catch (error) {
      logger.error({ err: error }, 'featuring checkout failed')
      return this.failed(ctx, 'payments.stripe_unavailable')
    }
  }

  async grant({ params, request, auth, bouncer, response, session, i18n }: HttpContext) {
    await bouncer.with('PaymentPolicy').authorize('grantFeaturing')
    const opportunity = await new FindOpportunity().handle(
      { id: params.id },
      { publishedOnly: true }
    )
    const { days, reason } = await request.validateUsing(grantFeaturingValidator)
    await new GrantFeaturing().handle({ opportunity, staff: auth.getUserOrFail(), days, reason })
    session.flash('success', i18n.t('payments.featuring.granted'))
    return response.redirect().back()
  }

  private failed({ session, i18n, response }: HttpContext, message: string) {
    session.flash('error', i18n.t(message))
    return response.redirect().back()
  }
}
