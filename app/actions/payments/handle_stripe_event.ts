import { DateTime } from 'luxon'
import type Stripe from 'stripe'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import { UnrecoverableError } from 'bullmq'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import StripeEvent from '#models/stripe_event'
import FeaturedListing from '#models/featured_listing'
import ClubMembership from '#models/club_membership'
import Payment from '#models/payment'
import RecordPayment from '#actions/payments/record_payment'
import ActivateFeaturing from '#actions/payments/activate_featuring'
import EndFeaturing from '#actions/payments/end_featuring'
import EnsureStripeCustomer from '#actions/payments/ensure_stripe_customer'
import SyncClubMembership, { idOf } from '#actions/payments/sync_club_membership'
import ChangeFeaturingStatus from '#actions/payments/change_featuring_status'
import {
  CannotApplyStripeEvent,
  databaseId,
  describeStripeEventFailure,
  quoted,
} from '#exceptions/stripe_event_failure'

/**
 * Applies one stored webhook event, exactly once: the event row is locked, its effect
 * and `processed_at` are written in one transaction, and a processed event is skipped.
 * Each branch also copes with events arriving out of order (see the branches).
 */
export default class HandleStripeEvent {
  /**
   * `attempt`/`maxAttempts` come from the job: the last try of a passing error marks the
   * event failed too. An event that can never apply is marked failed at once and the job
   * is not retried (UnrecoverableError).
   */
  async handle({
    eventId,
    attempt = 1,
    maxAttempts = 1,
  }: {
    eventId: string
    attempt?: number
    maxAttempts?: number
  }) {
    try {
      return await this.process(eventId)
    } catch (error) {
      const failure = describeStripeEventFailure(error)
      const givenUp = failure.permanent || attempt >= maxAttempts
      // Kept on the event in words (a database error's text quotes SQL).
      await StripeEvent.noteFailure(eventId, failure.reason, givenUp)
      // The stack helps only when the cause is not already a plain reason.
      const err = error instanceof CannotApplyStripeEvent ? undefined : error
      logger.warn({ err, eventId }, 'stripe event not applied: %s', failure.reason)
      if (failure.permanent) throw new UnrecoverableError(failure.reason)
      throw new Error(failure.reason, { cause: error })
    }
  }

  private async process(eventId: string) {
    return db.transaction(async (trx) => {
      const row = await StripeEvent.query({ client: trx }).where('id', eventId).forUpdate().first()
      if (!row) return { outcome: 'unknown event' }
      if (row.processedAt) return { outcome: 'already processed' }
      const event = row.payload as unknown as Stripe.Event
      const outcome = await this.apply(event, trx)
      row.useTransaction(trx)
      row.merge({ processedAt: DateTime.now(), attempts: row.attempts + 1 })
      // A retry (from /crm/jobs) that succeeds clears the failure it replaces.
      row.merge({ failedAt: null, lastError: null })
      await row.save()
      return { type: event.type, outcome }
    })
  }

  private async apply(event: Stripe.Event, trx: TransactionClientContract) {
    const expected = objectKinds[event.type]
    if (!expected) return 'ignored'
    const kind = (event.data.object as { object?: unknown }).object
    if (kind !== expected) {
      throw new CannotApplyStripeEvent(
        `${event.type} needs data.object of kind "${expected}", got ${quoted(kind)}`
      )
    }
    switch (event.type) {
      case 'checkout.session.completed':
        return event.data.object.mode === 'subscription'
          ? new SyncClubMembership().fromCheckout({ session: event.data.object, event, trx })
          : this.featuringPaid(event.data.object, trx)
      case 'checkout.session.expired':
        return this.featuringAbandoned(event.data.object, trx)
      case 'customer.subscription.created':
      case 'customer.subscription.updated':
      case 'customer.subscription.deleted':
        return new SyncClubMembership().handle({ subscription: event.data.object, event, trx })
      case 'invoice.paid':
      case 'invoice.payment_failed':
        return this.invoice(event.data.object, event, trx)
      case 'charge.refunded':
        return this.refunded(event.data.object, trx)
      default:
        return 'ignored'
    }
  }

  /** A featured listing was paid: ledger line, then the featuring starts (unless refunded meanwhile). */
  private async featuringPaid(session: Stripe.Checkout.Session, trx: TransactionClientContract) {
    const featuring = await this.featuringOf(session, trx)
    if (!featuring) return 'not a featured listing'
    if (session.payment_status !== 'paid') return 'not paid yet'
    const paymentIntentId = idOf(session.payment_intent)
    featuring.useTransaction(trx)
    featuring.merge({
      paymentIntentId,
      checkoutSessionId: session.id,
      amount: session.amount_total ?? featuring.amount,
      currency: session.currency ?? featuring.currency,
    })
    await featuring.save()
    await new RecordPayment().handle(
      {
        payer: { organisationId: featuring.organisationId },
        kind: 'charge',
        product: 'featured_listing',
        amount: featuring.amount,
        currency: featuring.currency,
        description: await this.featuringDescription(featuring, trx),
        stripeReference: `charge:${paymentIntentId ?? session.id}`,
        occurredAt: DateTime.fromSeconds(session.created),
        featuredListingId: featuring.id,
        stripePaymentIntentId: paymentIntentId,
      },
      trx
    )
    // A refund reported before this event (out of order) wins: no featuring for returned money.
    const refunded = paymentIntentId ? await this.refundedAmount(paymentIntentId, trx) : 0
    if (refunded > 0 && refunded >= featuring.amount) {
      await new ChangeFeaturingStatus().handle({
        featuring,
        to: 'refunded',
        period: { endedAt: DateTime.now() },
        trx,
      })
      return 'refunded before activation'
    }
    await new ActivateFeaturing().handle({ featuring, trx })
    return 'featuring active'
  }

  private async featuringAbandoned(
    session: Stripe.Checkout.Session,
    trx: TransactionClientContract
  ) {
    const featuring = await this.featuringOf(session, trx)
    if (!featuring) return 'not a featured listing'
    if (featuring.status !== 'pending') return 'already settled'
    await new ChangeFeaturingStatus().handle({ featuring, to: 'abandoned', trx })
    return 'featuring abandoned'
  }

  /** Investor Club invoices: a paid one is a charge, a failed one a line of its own. */
  private async invoice(
    invoice: Stripe.Invoice,
    event: Stripe.Event,
    trx: TransactionClientContract
  ) {
    const payer = await EnsureStripeCustomer.payerOf(idOf(invoice.customer))
    if (!payer) return 'unknown customer'
    const subscriptionId = idOf(invoice.parent?.subscription_details?.subscription)
    const membership = subscriptionId
      ? await ClubMembership.query({ client: trx })
          .where('stripeSubscriptionId', subscriptionId)
          .first()
      : null
    const paid = event.type === 'invoice.paid'
    await new RecordPayment().handle(
      {
        payer,
        kind: paid ? 'charge' : 'payment_failed',
        product: 'investor_club',
        amount: paid ? invoice.amount_paid : invoice.amount_due,
        currency: invoice.currency,
        description: `Investor Club invoice ${invoice.number ?? invoice.id}${paid ? '' : ` (attempt ${invoice.attempt_count})`}`,
        stripeReference: paid
          ? `invoice:${invoice.id}:paid`
          : `invoice:${invoice.id}:failed:${invoice.attempt_count}`,
        occurredAt: DateTime.fromSeconds(event.created),
        clubMembershipId: membership?.id ?? null,
        stripeInvoiceId: invoice.id ?? null,
      },
      trx
    )
    return paid ? 'invoice paid' : 'invoice failed'
  }

  /**
   * A refund (from the ledger, or the Stripe dashboard): one ledger line per refunded
   * total, and a fully refunded featured listing stops being featured.
   */
  private async refunded(charge: Stripe.Charge, trx: TransactionClientContract) {
    const paymentIntentId = idOf(charge.payment_intent)
    const featuring = paymentIntentId
      ? await FeaturedListing.query({ client: trx })
          .where('paymentIntentId', paymentIntentId)
          .forUpdate()
          .first()
      : null
    const payer = featuring
      ? { organisationId: featuring.organisationId }
      : await EnsureStripeCustomer.payerOf(idOf(charge.customer))
    if (!payer) return 'unknown payer'

    const reference = paymentIntentId ?? charge.id
    const already = paymentIntentId ? await this.refundedAmount(paymentIntentId, trx) : 0
    const newlyRefunded = charge.amount_refunded - already
    if (newlyRefunded > 0) {
      await new RecordPayment().handle(
        {
          payer,
          kind: 'refund',
          product: featuring || 'organisationId' in payer ? 'featured_listing' : 'investor_club',
          amount: -newlyRefunded,
          currency: charge.currency,
          description: featuring
            ? `Refund: ${await this.featuringDescription(featuring, trx)}`
            : 'Refund',
          stripeReference: `refund:${reference}:${charge.amount_refunded}`,
          occurredAt: DateTime.now(),
          featuredListingId: featuring?.id ?? null,
          stripePaymentIntentId: paymentIntentId,
        },
        trx
      )
    }
    if (featuring && charge.refunded) {
      await new EndFeaturing().handle({ featuring, status: 'refunded', trx })
    }
    return 'refund recorded'
  }

  /**
   * The featured listing a Checkout session paid for: none when the session is not one
   * of ours (no metadata); an id Most does not have means the event cannot apply.
   */
  private async featuringOf(session: Stripe.Checkout.Session, trx: TransactionClientContract) {
    const raw = session.metadata?.featured_listing_id
    if (raw === undefined || raw === null || raw === '') return null
    const id = databaseId(raw)
    if (!id) {
      throw new CannotApplyStripeEvent(
        `metadata.featured_listing_id ${quoted(raw)} is not a featured listing id`
      )
    }
    const featuring = await FeaturedListing.query({ client: trx })
      .where('id', id)
      .forUpdate()
      .first()
    if (!featuring) {
      throw new CannotApplyStripeEvent(
        `metadata.featured_listing_id ${id} names no featured listing in Most`
      )
    }
    return featuring
  }

  private async refundedAmount(paymentIntentId: string, trx: TransactionClientContract) {
    const [{ total }] = await Payment.query({ client: trx })
      .where('stripePaymentIntentId', paymentIntentId)
      .where('kind', 'refund')
      .sum('amount as total')
      .pojo<{ total: string | null }>()
    return -Number(total ?? 0)
  }

  private async featuringDescription(featuring: FeaturedListing, trx: TransactionClientContract) {
    const listing = await trx
      .from('opportunities')
      .where('id', featuring.opportunityId)
      .select('title_en', 'title_sr')
      .first()
    const title = listing?.title_en || listing?.title_sr || `#${featuring.opportunityId}`
    return `Featured listing, ${featuring.days} days: ${title}`
  }
}

/** The kind of object (`data.object.object`) each event type Most applies carries. */
const objectKinds: Partial<Record<string, string>> = {
  'checkout.session.completed': 'checkout.session',
  'checkout.session.expired': 'checkout.session',
  'customer.subscription.created': 'subscription',
  'customer.subscription.updated': 'subscription',
  'customer.subscription.deleted': 'subscription',
  'invoice.paid': 'invoice',
  'invoice.payment_failed': 'invoice',
  'charge.refunded': 'charge',
}
