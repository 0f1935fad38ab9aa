import type { HttpContext } from '@adonisjs/core/http'
import logger from '@adonisjs/core/services/logger'
import FindMembership from '#actions/organisations/find_membership'
import FindPayment from '#actions/payments/find_payment'
import ExportPayments from '#actions/payments/export_payments'
import PaymentTransformer from '#transformers/payment_transformer'
import FeaturedListingTransformer from '#transformers/featured_listing_transformer'
import LoadLedger from '#actions/payments/load_ledger'
import type { LedgerScope } from '#actions/payments/list_payments'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import RefundFeaturing from '#actions/payments/refund_featuring'
import StripeEventTransformer from '#transformers/stripe_event_transformer'
import { paymentsEnabled } from '#services/stripe'

/**
 * The payments ledger: an organisation's members and an investor see their own lines,
 * staff see everyone's and refund featured listings. Each view has the same CSV.
 */
export default class PaymentsController {
  async organisation({ auth, request, inertia }: HttpContext) {
    const { organisation } = await new FindMembership().handle(auth.getUserOrFail())
    return this.render({ request, inertia }, { organisationId: organisation.id }, 'organisation')
  }

  async organisationCsv({ auth, response }: HttpContext) {
    const { organisation } = await new FindMembership().handle(auth.getUserOrFail())
    return this.csv(response, { organisationId: organisation.id }, `payments-${organisation.slug}`)
  }

  async investor({ auth, request, inertia }: HttpContext) {
    return this.render({ request, inertia }, { userId: auth.getUserOrFail().id }, 'investor')
  }

  async investorCsv({ auth, response }: HttpContext) {
    return this.csv(response, { userId: auth.getUserOrFail().id }, 'payments')
  }

  async staff({ request, inertia, bouncer }: HttpContext) {
    await bouncer.with('PaymentPolicy').authorize('viewAll')
    return this.render({ request, inertia }, { all: true }, 'staff')
  }

  async staffCsv({ response, bouncer }: HttpContext) {
    await bouncer.with('PaymentPolicy').authorize('viewAll')
    return this.csv(response, { all: true }, 'payments-all')
  }

  async refund({ params, bouncer, response, session, i18n, auth }: HttpContext) {
    const payment = await new FindPayment().handle(params.id)
    await bouncer.with('PaymentPolicy').authorize('refund', payment)
    try {
      await new RefundFeaturing().handle({ payment, actor: auth.getUserOrFail() })
      session.flash('success', i18n.t('payments.refunded'))
    } catch (error) {
      logger.error({ err: error }, 'refund failed')
      session.flash('error', i18n.t('payments.stripe_unavailable'))
    }
    return response.redirect().back()
  }

  private async render(
    { request, inertia }: Pick<HttpContext, 'request' | 'inertia'>,
    scope: LedgerScope,
    view: 'organisation' | 'investor' | 'staff'
  ) {
    const page = Number(request.input('page', 1)) || 1
    const { lines, overview, failedEvents } = await new LoadLedger().handle({ scope, page })
    const payments = PaymentTransformer.paginate(lines.all(), lines.getMeta())
    return inertia.render('payments/index', {
      view,
      payments: view === 'staff' ? payments.useVariant('forStaff') : payments,
      paymentsEnabled: paymentsEnabled(),
      featurings: FeaturedListingTransformer.transform(overview?.running ?? []),
      // Staff grant featuring from here: the published listings to choose from.
      grantable: OpportunityTransformer.transform(overview?.grantable ?? []).useVariant('forGrant'),
      // Webhook events that could not be applied, with the reason (staff only).
      failedEvents: StripeEventTransformer.transform(failedEvents),
    })
  }

  private async csv(response: HttpContext['response'], scope: LedgerScope, name: string) {
    const csv = await new ExportPayments().handle(scope)
    response.header('content-type', 'text/csv; charset=utf-8')
    response.header('content-disposition', `attachment; filename="${name}.csv"`)
    return csv
  }
}
