import { type DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Payment from '#models/payment'
import type { PaymentKind, PaymentProduct } from '#enums/payments'

export interface PaymentLine {
  payer: { organisationId: number } | { userId: number }
  kind: PaymentKind
  product: PaymentProduct
  amount: number
  currency: string
  description: string
  /** One ledger line per Stripe fact: a second report of the same fact is ignored. */
  stripeReference: string
  occurredAt: DateTime
  featuredListingId?: number | null
  clubMembershipId?: number | null
  stripePaymentIntentId?: string | null
  stripeInvoiceId?: string | null
}

/** Writes one ledger line unless the same Stripe fact is already there; returns it either way. */
export default class RecordPayment {
  async handle(line: PaymentLine, trx: TransactionClientContract) {
    const existing = await Payment.query({ client: trx })
      .where('stripeReference', line.stripeReference)
      .first()
    if (existing) return existing
    return Payment.create(
      {
        organisationId: 'organisationId' in line.payer ? line.payer.organisationId : null,
        userId: 'userId' in line.payer ? line.payer.userId : null,
        kind: line.kind,
        product: line.product,
        amount: line.amount,
        currency: line.currency.toLowerCase(),
        description: line.description.slice(0, 255),
        stripeReference: line.stripeReference,
        occurredAt: line.occurredAt,
        featuredListingId: line.featuredListingId ?? null,
        clubMembershipId: line.clubMembershipId ?? null,
        stripePaymentIntentId: line.stripePaymentIntentId ?? null,
        stripeInvoiceId: line.stripeInvoiceId ?? null,
      },
      { client: trx }
    )
  }
}
