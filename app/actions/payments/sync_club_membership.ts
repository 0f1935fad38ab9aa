import { DateTime } from 'luxon'
import type Stripe from 'stripe'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import ClubMembership from '#models/club_membership'
import User from '#models/user'
import { CannotApplyStripeEvent, databaseId, quoted } from '#exceptions/stripe_event_failure'
import RecordPayment from '#actions/payments/record_payment'
import EnsureStripeCustomer from '#actions/payments/ensure_stripe_customer'
import type { ClubPlan } from '#config/payments'

/**
 * Mirrors a Stripe subscription into the investor's Investor Club membership. Events
 * may arrive in any order: an event older than the state already applied changes
 * nothing, a canceled subscription never comes back, and within one second a later
 * status is never replaced by `incomplete`. Every change is written to the ledger.
 */
export default class SyncClubMembership {
  async handle({
    subscription,
    event,
    trx,
  }: {
    subscription: Stripe.Subscription
    event: Stripe.Event
    trx: TransactionClientContract
  }) {
    // Two events of one subscription processed at once by two workers take turns.
    await trx.rawQuery('SELECT pg_advisory_xact_lock(hashtext(?))', [`club:${subscription.id}`])
    const customerId = idOf(subscription.customer)
    const userId = await investorOf(subscription.metadata, customerId, trx)
    if (!userId) return 'unknown investor'

    const asOf = DateTime.fromSeconds(event.created)
    const status = event.type === 'customer.subscription.deleted' ? 'canceled' : subscription.status
    let membership = await ClubMembership.query({ client: trx })
      .where('stripeSubscriptionId', subscription.id)
      .first()
    const applies = !membership || isNewer(membership, status, asOf)
    if (applies) {
      membership ??= new ClubMembership()
      membership.useTransaction(trx)
      const periodEnds = subscription.items.data.map((item) => item.current_period_end)
      membership.merge({
        userId,
        stripeSubscriptionId: subscription.id,
        stripeCustomerId: customerId ?? membership.stripeCustomerId,
        plan: planOf(subscription) ?? membership.plan ?? null,
        status,
        currentPeriodEnd: periodEnds.length ? DateTime.fromSeconds(Math.max(...periodEnds)) : null,
        cancelAtPeriodEnd: subscription.cancel_at_period_end,
        canceledAt: subscription.canceled_at
          ? DateTime.fromSeconds(subscription.canceled_at)
          : null,
        stateAsOf: asOf,
      })
      await membership.save()
    }

    // The ledger is history: a late event is still a change that happened, at its own time.
    await new RecordPayment().handle(
      {
        payer: { userId },
        kind: 'subscription_change',
        product: 'investor_club',
        amount: 0,
        currency: subscription.currency,
        description: `Investor Club: ${status}${subscription.cancel_at_period_end ? ', cancels at period end' : ''}`,
        stripeReference: `event:${event.id}`,
        occurredAt: asOf,
        clubMembershipId: membership?.id ?? null,
      },
      trx
    )
    return applies ? 'applied' : 'stale'
  }

  /**
   * A paid subscription checkout: opens the membership if no subscription event got here
   * first (those carry the fuller state and win).
   */
  async fromCheckout({
    session,
    event,
    trx,
  }: {
    session: Stripe.Checkout.Session
    event: Stripe.Event
    trx: TransactionClientContract
  }) {
    const subscriptionId = idOf(session.subscription)
    if (!subscriptionId) return 'no subscription'
    await trx.rawQuery('SELECT pg_advisory_xact_lock(hashtext(?))', [`club:${subscriptionId}`])
    const existing = await ClubMembership.query({ client: trx })
      .where('stripeSubscriptionId', subscriptionId)
      .first()
    if (existing) return 'already known'
    const customerId = idOf(session.customer)
    const userId = await investorOf(session.metadata, customerId, trx)
    if (!userId || !customerId) return 'unknown investor'
    await ClubMembership.create(
      {
        userId,
        stripeSubscriptionId: subscriptionId,
        stripeCustomerId: customerId,
        plan: (session.metadata?.plan as ClubPlan | undefined) ?? null,
        status: session.payment_status === 'paid' ? 'active' : 'incomplete',
        cancelAtPeriodEnd: false,
        stateAsOf: DateTime.fromSeconds(event.created),
      },
      { client: trx }
    )
    return 'opened'
  }
}

function isNewer(membership: ClubMembership, status: string, asOf: DateTime) {
  if (membership.status === 'canceled') return false
  if (asOf < membership.stateAsOf) return false
  if (+asOf === +membership.stateAsOf && status === 'incomplete') {
    return membership.status === 'incomplete'
  }
  return true
}

function planOf(subscription: Stripe.Subscription): ClubPlan | null {
  const fromMetadata = subscription.metadata?.plan
  if (fromMetadata === 'monthly' || fromMetadata === 'yearly') return fromMetadata
  const interval = subscription.items.data[0]?.price?.recurring?.interval
  if (interval === 'month') return 'monthly'
  if (interval === 'year') return 'yearly'
  return null
}

/**
 * The investor a subscription belongs to: the `user_id` Most put in its metadata (which
 * must be an account Most has, or the event cannot apply), else its Stripe customer.
 */
async function investorOf(
  metadata: Stripe.Metadata | null | undefined,
  customerId: string | null,
  trx: TransactionClientContract
) {
  const raw = metadata?.user_id
  if (raw !== undefined && raw !== null && raw !== '') {
    const id = databaseId(raw)
    if (!id)
      throw new CannotApplyStripeEvent(`metadata.user_id ${quoted(raw)} is not an account id`)
    const user = await User.query({ client: trx }).where('id', id).select('id').first()
    if (!user) throw new CannotApplyStripeEvent(`metadata.user_id ${id} is not an account in Most`)
    return id
  }
  const payer = await EnsureStripeCustomer.payerOf(customerId)
  return payer && 'userId' in payer ? payer.userId : null
}

/** Stripe fields hold an id or, when expanded, the object. */
export function idOf(value: string | { id: string } | null | undefined) {
  if (!value) return null
  return typeof value === 'string' ? value : value.id
}
