import type { HttpContext } from '@adonisjs/core/http'
import logger from '@adonisjs/core/services/logger'
import Opportunity from '#models/opportunity'
import Organisation from '#models/organisation'
import StartFeaturingCheckout from '#actions/payments/start_featuring_checkout'
import GrantFeaturing from '#actions/payments/grant_featuring'
import { grantFeaturingValidator, purchaseFeaturingValidator } from '#validators/payments'
import { paymentsEnabled } from '#services/stripe'
import type { FeaturedPeriod } from '#config/payments'

/** Featuring a listing: members buy it through Stripe Checkout, staff grant it for free. */
export default class FeaturingController {
  async purchase({
    params,
    request,
    auth,
    bouncer,
    response,
    inertia,
    session,
    i18n,
  }: HttpContext) {
    const opportunity = await Opportunity.findOrFail(params.id)
    await bouncer.with('PaymentPolicy').authorize('buyFeaturing', opportunity)
    const { days } = await request.validateUsing(purchaseFeaturingValidator)
    if (!paymentsEnabled()) {
      session.flash('error', i18n.t('payments.not_configured'))
      return response.redirect().back()
    }
    try {
      const { url } = await new StartFeaturingCheckout().handle({
        opportunity,
        organisation: await Organisation.findOrFail(opportunity.organisationId),
        buyer: auth.getUserOrFail(),
        days: days as FeaturedPeriod,
      })
      if (request.header('x-inertia')) return inertia.location(url)
      return response.redirect(url)
    } catch (error) {
      logger.error({ err: error }, 'featuring checkout failed')
      session.flash('error', i18n.t('payments.stripe_unavailable'))
      return response.redirect().back()
    }
  }

  async grant({ params, request, auth, bouncer, response, session, i18n }: HttpContext) {
    await bouncer.with('PaymentPolicy').authorize('grantFeaturing')
    const opportunity = await Opportunity.query()
      .where('id', params.id)
      .where('status', 'published')
      .firstOrFail()
    const { days, reason } = await request.validateUsing(grantFeaturingValidator)
    await new GrantFeaturing().handle({ opportunity, staff: auth.getUserOrFail(), days, reason })
    session.flash('success', i18n.t('payments.featuring.granted'))
    return response.redirect().back()
  }
}
