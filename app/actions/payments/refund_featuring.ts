import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type Payment from '#models/payment'
import type User from '#models/user'
import FeaturedListing from '#models/featured_listing'
import RecordPayment from '#actions/payments/record_payment'
import EndFeaturing from '#actions/payments/end_featuring'
import { stripeClient } from '#services/stripe'
import audit from '#services/audit'

/**
 * Staff refund a featured listing from the ledger: a full Stripe refund, a refund line
 * (the same reference the `charge.refunded` webhook uses, so it is written once) and
 * the featuring ends at once.
 */
export default class RefundFeaturing {
  async handle({ payment, actor }: { payment: Payment; actor: User }) {
    const paymentIntentId = payment.stripePaymentIntentId!
    const refund = await stripeClient().refunds.create(
      { payment_intent: paymentIntentId, reason: 'requested_by_customer' },
      { idempotencyKey: `most-refund-${payment.id}` }
    )
    return db.transaction(async (trx) => {
      const featuring = payment.featuredListingId
        ? await FeaturedListing.query({ client: trx })
            .where('id', payment.featuredListingId)
            .forUpdate()
            .first()
        : null
      const line = await new RecordPayment().handle(
        {
          payer: { organisationId: payment.organisationId! },
          kind: 'refund',
          product: 'featured_listing',
          amount: -refund.amount,
          currency: refund.currency,
          description: `Refund: ${payment.description}`,
          stripeReference: `refund:${paymentIntentId}:${refund.amount}`,
          occurredAt: DateTime.now(),
          featuredListingId: payment.featuredListingId,
          stripePaymentIntentId: paymentIntentId,
        },
        trx
      )
      if (featuring) await new EndFeaturing().handle({ featuring, status: 'refunded', actor, trx })
      await audit.record(trx, {
        actor,
        action: 'payment.refunded',
        subject: audit.subject('payment', payment),
        after: {
          refundLineId: line?.id ?? null,
          amount: -refund.amount,
          currency: refund.currency,
          featuredListingId: payment.featuredListingId,
        },
      })
      return line
    })
  }
}
