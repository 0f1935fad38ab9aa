import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Interest from '#models/interest'
import Opportunity from '#models/opportunity'
import type User from '#models/user'
import type { InterestData } from '#validators/opportunity'
import { enqueue } from '#services/outbox'
import { recordConsent } from '#actions/trust/privacy/record_consent'

/**
 * "I am interested": one interest per investor and opportunity. A second submission
 * updates the first (amounts, message, contact preferences), never duplicates it.
 * Staff see every interest; the CRM turns each into a deal.
 */
export default class ExpressInterest {
  async handle({
    opportunity,
    investor,
    data,
    ip,
  }: {
    opportunity: Opportunity
    investor: User
    data: InterestData
    ip?: string | null
  }) {
    return db.transaction(async (trx) => {
      const now = DateTime.now()
      // The form cannot be sent without the box ticked; each sending renews the consent.
      await recordConsent(trx, {
        userId: investor.id,
        kind: 'share_contact',
        granted: true,
        opportunityId: opportunity.id,
        ip,
        at: now.toJSDate(),
      })
      const values = {
        amountMinEur: data.amountMinEur,
        amountMaxEur: data.amountMaxEur,
        message: data.message ?? null,
        contactChannel: data.contactChannel,
        contactLanguage: data.contactLanguage,
        consentGivenAt: now,
      }
      const existing = await Interest.query({ client: trx })
        .where({ investorId: investor.id, opportunityId: opportunity.id })
        .forUpdate()
        .first()
      if (existing) {
        existing.merge(values)
        await existing.save()
        await this.handToCrm(trx, existing.id, existing.updatedAt.toMillis())
        return { interest: existing, created: false }
      }
      // Two tabs submitting at once: the unique index decides, the loser updates.
      const [row] = await trx
        .insertQuery()
        .table('interests')
        // status is left to the column's default (submitted); UpdateInterestStatus moves it.
        .insert({
          opportunity_id: opportunity.id,
          investor_id: investor.id,
          amount_min_eur: values.amountMinEur,
          amount_max_eur: values.amountMaxEur,
          message: values.message,
          contact_channel: values.contactChannel,
          contact_language: values.contactLanguage,
          consent_given_at: now.toJSDate(),
          created_at: now.toJSDate(),
          updated_at: now.toJSDate(),
        })
        .onConflict(['investor_id', 'opportunity_id'])
        .merge([
          'amount_min_eur',
          'amount_max_eur',
          'message',
          'contact_channel',
          'contact_language',
          'consent_given_at',
          'updated_at',
        ])
        .returning(['id', 'created_at', 'updated_at'])
      // A fresh row has created_at = updated_at; the conflict branch only moved updated_at.
      const inserted = new Date(row.created_at).getTime() === new Date(row.updated_at).getTime()
      if (inserted) {
        await Opportunity.countInterest(trx, opportunity.id)
      }
      const interest = await Interest.findOrFail(row.id, { client: trx })
      await this.handToCrm(trx, interest.id, interest.updatedAt.toMillis())
      return { interest, created: inserted }
    })
  }

  /** The CRM opens or updates the deal; written in this transaction, so never lost. */
  private handToCrm(trx: TransactionClientContract, interestId: number, version: number) {
    return enqueue(
      trx,
      'deals:sync-from-interest',
      { interestId },
      {
        key: `interest:${interestId}:${version}`,
      }
    )
  }
}
